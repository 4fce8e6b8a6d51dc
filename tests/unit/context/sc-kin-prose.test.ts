import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A plan's prose names the client's sibling, step-parent or cousin with a birth date ("Sibling Ana Ruiz (born …)"):
 * that sentence is a relative's, never the client's one-line summary, whichever kin word leads it. Markup of our own,
 * synthetic people.
 */
const page = (kin: string) =>
  `<!DOCTYPE html><html><head><title>Person Summary</title></head><body><div class="top">Service Coordination · Person Summary</div>
<aside aria-label="Person"><p class="nm">Oluwaseun Abernathy-Kerr</p>
<div class="r"><span>Person ID</span><span>P-00441902</span></div>
<div class="r"><span>Birth date</span><span>2001-03-14</span></div>
<div class="r"><span>Sex</span><span>Male</span></div></aside>
<main><section><h2>ISP</h2><p>Plan year 2026-07-01 – 2027-06-30.</p>
<p>${kin} Corinne Abernathy (born 2009-10-02) attends team meetings.</p></section></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://sc.example.org/people/P-00441902/summary', extractClientContext)).reading;

describe('a kin word leading a sentence with a birth date', () => {
  it('makes it a relative’s, not the client’s summary', async () => {
    for (const kin of ['Sibling', 'Stepmother', 'Cousin', 'Twin']) {
      const r = await read(page(kin));
      expect(r?.name ?? "", kin).not.toMatch(/Corinne/);
      expect(r?.dob, kin).not.toBe('2009-10-02');
    }
  });
});
