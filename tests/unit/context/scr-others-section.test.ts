import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record form gives the people around the client fields of their own under a section heading that says
 * whose they are (scr-others-section.ts). Markup of our own, synthetic people.
 */
const section = (head: string, rows: [string, string][]) =>
  `<fieldset class="panel"><legend>${head}</legend><table>${rows.map(([l, v]) => `<tr><td class="lbl">${l}</td><td>${v}</td></tr>`).join('')}</table></fieldset>`;
const page = (sections: string) =>
  `<!DOCTYPE html><html><head><title>Patient Hub</title></head><body><div class="top"><span>Kim, Daniel</span></div>
<div class="hub"><div class="hub-head"><div class="pt-name">Pereira, Joaquim</div><table class="pt-info"><tr><td class="lbl">Age:</td><td>81 Y</td><td class="lbl">Sex:</td><td>M</td><td class="lbl">MRN:</td><td>310552</td></tr></table></div>${sections}</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/hub?pt=310552', extractClientContext)).reading;

describe("fields under another person's section", () => {
  it("never reads the guarantor's, subscriber's or emergency contact's birth date or phone as the client's", async () => {
    for (const head of ['Guarantor', 'Subscriber', 'Emergency Contact', 'Responsible Party']) {
      const r = await read(page(section(head, [['Name', 'Pereira, Luisa'], ['DOB', '03/09/1978'], ['Relation', 'Daughter'], ['Ph', '(808) 555-0144']])));
      expect(r?.name, head).not.toBe('Luisa Pereira');
      expect(r?.dob, head).toBeUndefined();
      expect(r?.phone, head).toBeUndefined();
    }
  });

  it('never reads a banner line that runs into such a section', async () => {
    const html = `<!DOCTYPE html><html><head><title>Patient Hub</title></head><body><div class="hub"><div class="hub-head"><div class="pt-name">Pereira, Joaquim</div><div class="pt-info"><span>Sex: M</span> <span>MRN: 310552</span></div></div><fieldset class="panel"><legend>Guarantor</legend><div class="row"><span class="lbl">Name:</span> <span class="val">Pereira, Luisa</span></div><div class="row"><span class="lbl">DOB:</span> <span class="val">03/09/1978</span></div></fieldset></div></body></html>`;
    const r = await read(html);
    expect(r?.name).not.toBe('Luisa Pereira');
    expect(r?.dob).toBeUndefined();
  });
});

describe("a living donor's evaluation beside the intended recipient", () => {
  const donorPage = (head: string) => `<!DOCTYPE html><html><head><title>Donor evaluation</title></head><body><div class="app"><div class="bar"><span>Signed in: Odile Farkas, RN</span></div><div class="_cols_a1">
<section class="_card_b2" aria-labelledby="dn"><div class="_eyebrow_b2">Living donor</div><h1 id="dn" class="_nm_b2">Tallis Brenneman</h1>
<div class="_chips_b2"><span class="_chip_b2">DOB 1979-05-02</span><span class="_chip_b2">Male</span><span class="_chip_b2">ABO A</span><span class="_chip_b2">Donor ID LD-0091</span></div></section>
<section class="_card_c3"><h2 class="_h_c3">${head}</h2><div class="_grid_c3"><div class="_k_c3">Name</div><div class="_v_c3">Brenneman, Ottilie</div><div class="_k_c3">Relationship to donor</div><div class="_v_c3">Sister</div><div class="_k_c3">Recipient MRN</div><div class="_v_c3">00712238</div><div class="_k_c3">DOB</div><div class="_v_c3">1981-09-14</div></div></section>
</div></div></body></html>`;

  it("never reads the intended or paired recipient's record number as the donor's", async () => {
    for (const head of ['Intended Recipient', 'Paired recipient']) {
      const r = (await readInHappyDom(donorPage(head), 'https://ld.example.org/donors/88/eval', extractClientContext)).reading;
      expect(r?.name, head).toBe('Tallis Brenneman');
      expect(r?.mrn, head).toBeUndefined();
      expect(r?.dob, head).toBe('1979-05-02');
    }
  });
});
