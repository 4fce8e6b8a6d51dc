import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A relative's name and birth date run together in one labelled value ("Head of family | Tomas Riedel, DOB 02/14/1958"):
 * the label says whose they are, so they never compete with the client's (others-value.ts). Markup of our own.
 */
const read = async (contacts: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Patient details</title></head><body><div class="top">Practice · Dr Ines Albrecht</div>
<div class="head"><div class="nm">Mrs Aurelia Maren RIEDEL</div><div>41 years · 09/02/1985 · Female</div></div>
<section><h3>Demographics</h3><dl><dt>Chart No.</dt><dd>5520917</dd><dt>Mobile</dt><dd>0412 555 019</dd></dl></section>
<section><h3>People</h3>${contacts}</section></body></html>`,
      'https://gp.example.org/patients/5520917/details',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    )
  ).reading;

const client = { name: 'Aurelia Maren Riedel', mrn: '5520917', dob: '1985-09-02' };

describe("a relative's birth date run on in a labelled value", () => {
  for (const label of ['Head of family', 'Father', 'Mother', 'Guarantor', 'Emergency contact', 'Next of kin']) {
    it(`is the ${label.toLowerCase()}'s in a definition list`, async () => {
      expect(await read(`<dl><dt>${label}</dt><dd>Tomas Jan RIEDEL, DOB 02/14/1958</dd></dl>`)).toMatchObject(client);
    });
  }

  it("is the relative's in a table row headed by the label", async () => {
    expect(await read('<table><tr><th>Guarantor</th><td>Tomas Jan RIEDEL · DOB 02/14/1958</td></tr></table>')).toMatchObject(client);
  });

  it("is the relative's after the label in the same text", async () => {
    expect(await read('<p>Head of family: Tomas Jan RIEDEL, DOB 02/14/1958</p>')).toMatchObject(client);
  });

  it("is the client's own under the client's label, beside the relative's", async () => {
    const r = await readInHappyDom(
      `<!DOCTYPE html><html><body><dl><dt>Patient</dt><dd>Aurelia Maren RIEDEL · DOB 09/02/1985 · MRN 5520917</dd>
<dt>Father</dt><dd>Tomas Jan RIEDEL · DOB 02/14/1958</dd></dl></body></html>`,
      'https://gp.example.org/patients/5520917/details',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    );
    expect(r.reading).toMatchObject(client);
  });
});
