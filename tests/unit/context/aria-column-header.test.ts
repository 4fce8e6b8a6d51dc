import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A div-drawn bed board (role=grid) beside the selected patient's details. Our own markup. */
const page = (details: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Bed board</title></head><body><div class="top">3 South · Charge: Ines Karlsson</div>` +
      `<div role="grid" aria-label="Beds"><div role="row"><span role="columnheader">Room</span><span role="columnheader">Name</span>` +
      `<span role="columnheader">Age/Sex</span><span role="columnheader">Nurse</span></div>` +
      `<div role="row"><span role="gridcell">301</span><span role="gridcell">Brandt, O.</span><span role="gridcell">70 M</span><span role="gridcell">Lyle</span></div>` +
      `<div role="row" aria-selected="true"><span role="gridcell">302</span><span role="gridcell">Osei, M.</span><span role="gridcell">52 F</span><span role="gridcell">Lyle</span></div></div>` +
      `<aside aria-label="Selected patient"><h2>Osei, Mabel</h2><dl><dt>MRN</dt><dd>550-2214</dd><dt>DOB</dt><dd>05/19/1974</dd>${details}</dl></aside></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://board.example.org/units/3S?bed=302', { adapters: [], today: '2026-12-07' });

describe("an ARIA grid's column header", () => {
  it('labels no value beside it: the next header is no sex', async () => {
    const r = await read(page(''));
    expect(r).toMatchObject({ name: 'Mabel Osei', mrn: '550-2214', dob: '1974-05-19' });
    expect(r?.sex).toBeUndefined();
  });

  it("leaves the details' own sex to be read", async () => {
    expect((await read(page('<dt>Sex</dt><dd>F</dd>')))?.sex).toBe('F');
  });
});
