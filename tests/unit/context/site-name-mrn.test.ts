import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A record-locator or HIE page names the local record number by the organisation spelled out (site-mrn.ts). Markup of our own. */
const page = (label: string) => `<!DOCTYPE html><html><head><title>Match review</title></head><body>
<header>Record Locator · user hbrandvold</header>
<section class="confirmed"><h2>Confirmed patient</h2>
 <div class="cp-name">Ingeborg S. Vanterpool</div>
 <div>DOB 02/27/1977 · F · ${label} QV-0072219</div>
 <div>Phone on file: 555-300-4471</div>
</section></body></html>`;
const read = async (label: string) => (await readInHappyDom(page(label), 'https://rls.example.org/match/7', extractClientContext)).reading;

describe("an organisation's name before MRN", () => {
  it('labels the record number', async () => {
    expect(await read('Stonebridge Valley MRN:')).toMatchObject({ name: 'Ingeborg S. Vanterpool', mrn: 'QV-0072219', dob: '1977-02-27' });
  });

  it("never an old or a relative's number", async () => {
    for (const label of ['Previous MRN:', 'Mother MRN:', 'Maternal MRN:']) expect((await read(label))?.mrn, label).toBeUndefined();
  });
});
