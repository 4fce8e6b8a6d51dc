import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A contacts line printing a relative's phone before the client's own (own-phone-segment.ts): the entry naming the client
 * gives the phone, never the relative's entry. Markup of our own.
 */
const read = async (line: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><body><div class="pt-banner"><div class="nm">BRANDT, Solveig A</div><div>DOB: 05/02/1951 · MRN: 7730411 · Sex: F</div></div>
<div class="summary"><h3>Patient Summary</h3><p>${line}</p><p>Allergies reviewed.</p></div></body></html>`,
      'https://ehr.example.org/chart/7730411',
      extractClientContext,
    )
  ).reading;

describe("the client's phone after a relative's on one contacts line", () => {
  it('is read from the entry that names the client', async () => {
    expect(await read('Contact: Jonas Brandt (husband) (503) 555-0128 · Patient home (503) 555-0112')).toMatchObject({ name: 'Solveig A. Brandt', phone: '(503) 555-0112' });
    expect(await read('Daughter Liv Brandt 503-555-0190 | Client cell: 503-555-0147')).toMatchObject({ phone: '503-555-0147' });
  });

  it("never takes the relative's, nor a bare kind after a relative's entry", async () => {
    expect((await read('Contact: Jonas Brandt (husband) (503) 555-0128'))?.phone).toBeUndefined();
    expect((await read('Contact: Jonas Brandt (husband) · Home (503) 555-0128'))?.phone).toBeUndefined();
  });
});
