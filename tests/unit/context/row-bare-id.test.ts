import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A banner of three pipe-separated rows, its first row the name, age, sex and a bare patient number (row-bare-id.ts):
 * the number is the record's, though the banner is read as one line. Markup of our own, synthetic people.
 */
const page = (row1: string) =>
  `<!DOCTYPE html><html><head><title>Summary</title></head><body>
   <div class="hdr"><span>Lantern Bay Hospice</span><span>You: Corentin Abadie, RN</span></div>
   <section class="banner" aria-label="Patient banner">
     <div>${row1}</div>
     <div>DOB 06/19/1940 | Level of Care: Continuous Home Care | Benefit Period 3</div>
     <div>Admit 09/14/2026 | Attending: Marisela Quenby, MD</div>
   </section>
   <p>Notes are filed under the visit.</p>
   </body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hospice.example.org/summary', extractClientContext)).reading;

describe("a banner's first row's bare number", () => {
  it('is the record number of the banner read whole', async () => {
    const r = await read(page('Fairbrother-Yeung, Ottoline | 86 yrs | F | LBH-40917'));
    expect(r?.name).toBe('Ottoline Fairbrother-Yeung');
    expect(r?.mrn).toBe('LBH-40917');
  });

  it('a number labelled elsewhere on the banner stays the one read', async () => {
    const r = await read(page('Fairbrother-Yeung, Ottoline | 86 yrs | F | LBH-40917 | MRN: 5520931'));
    expect(r?.mrn).toBe('5520931');
  });
});
