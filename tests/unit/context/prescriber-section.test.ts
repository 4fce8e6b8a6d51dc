import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An ePA request prints the prescriber's section in the patient's layout ("Phone", "Fax"): the phones under a
 * "Prescriber" heading are the prescriber's, so the patient's own "Phone" is the client's (others.ts OTHERS_SECTION).
 * Markup of our own, synthetic people.
 */
describe("a prescriber's section", () => {
  it("keeps its phone the prescriber's", async () => {
    const html = `<!DOCTYPE html><html><head><title>ePA request</title></head><body>
      <section aria-labelledby="p-h"><h2 id="p-h">Patient</h2>
        <div class="row"><span class="lbl">First name</span><span class="val">Thaddeus</span><span class="lbl">Last name</span><span class="val">Kwiatkowski</span></div>
        <div class="row"><span class="lbl">Date of birth</span><span class="val">11/02/1955</span><span class="lbl">Gender</span><span class="val">M</span></div>
        <div class="row"><span class="lbl">Phone</span><span class="val">(319) 555-0147</span><span class="lbl">Zip</span><span class="val">52240</span></div>
        <div class="row"><span class="lbl">Member ID</span><span class="val">QPX11820344</span><span class="lbl">BIN / PCN / Group</span><span class="val">004336 / ADV / RX7781</span></div>
      </section>
      <section aria-labelledby="r-h"><h2 id="r-h">Prescriber</h2>
        <div class="row"><span class="lbl">Name</span><span class="val">Wilhelmina Soto, MD</span><span class="lbl">NPI</span><span class="val">1437700921</span></div>
        <div class="row"><span class="lbl">Phone</span><span class="val">(319) 555-0100</span><span class="lbl">Fax</span><span class="val">(319) 555-0101</span></div>
      </section></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://epa.example.com/requests/KX72', extractClientContext);
    expect(reading?.name).toBe('Thaddeus Kwiatkowski');
    expect(reading?.phone).toBe('(319) 555-0147');
  });
});
