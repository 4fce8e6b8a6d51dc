import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A header's stay line naming the place before 'Admitted' (stay-prose.ts). Markup of our own, synthetic people. */
const page = (stay: string) =>
  `<!DOCTYPE html><html><head><title>Member</title></head><body><div class="mh"><div class="top"><span class="mh-name">Lundqvist, Elin</span></div>` +
  `<div class="row"><span><em>Member ID</em> 88-2291-04</span> | <span><em>DOB</em> 14-Jun-1972</span></div>` +
  `<div class="row"><span>${stay}</span></div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://cm.example.org/member/88229104', extractClientContext)).reading;

describe('a place before the admission in a stay line', () => {
  it('is the stay’s place', async () => {
    for (const stay of ['<em>Current Stay</em> Northgate Regional Hospital, 5 West · Admitted 02-Nov-2026', 'Northgate Regional Hospital, 5 West — Admitted 02-Nov-2026']) {
      expect(await read(page(stay)), stay).toMatchObject({ name: 'Elin Lundqvist', admitDate: '2026-11-02', location: 'Northgate Regional Hospital, 5 West' });
    }
  });

  it('is not a phrase of lower-case words', async () => {
    expect((await read(page('Daughter visiting from the hospital · Admitted 02-Nov-2026')))?.location).toBeUndefined();
  });
});
