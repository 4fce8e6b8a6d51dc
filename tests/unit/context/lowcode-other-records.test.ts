import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Case and ITSM tools list other records beside the one opened: a utility pane's "Followed cases" with another member's
 * birth date in a chip, a form's related list "Other Care Cases" of members, numbers and birth dates. What those
 * headings head is other records' (other-records.ts), never a second client. Markup of our own, synthetic people.
 */
const fi = (caption: string, value: string) => `<div class="fi"><span class="cap">${caption}</span><span class="val">${value}</span></div>`;
const record = `<div class="case"><div class="case-head"><h1>CS-5517 · Care Management · Open</h1><div>Created by Lena Ostrowski 12/01/2026</div></div>
  <section><h2>Member</h2><div class="two-col">${fi('Member name', 'Odalys Fernández-Quiroga')}${fi('Member ID', 'KP-22018374')}${fi('Date of birth', '05/30/1949')}${fi('Gender', 'Female')}${fi('Primary phone', '(555) 201-0099')}${fi('Preferred language', 'Spanish')}${fi('Plan', 'Harbor Medicare HMO')}${fi('PCP', 'Dr. Ilse Brandauer')}</div></section>
  <section><h2>Inpatient episode</h2><div class="two-col">${fi('Admit date', '11/21/2026')}${fi('Discharge date', '11/25/2026')}</div></section></div>
  <aside class="summary">${fi('Assigned to', 'Lena Ostrowski, RN')}${fi('Goal', '12/08/2026 5:00 PM')}</aside>`;

describe('records listed under an other-records heading', () => {
  it("a followed case's birth date chip is that record's", async () => {
    const html = (h: string) => `<!DOCTYPE html><html><head><title>CS-5517</title></head><body>
      <header class="app"><b>Care Desk</b> <span>Lena Ostrowski, RN</span></header><main>${record}
      <aside class="utility"><h3>${h}</h3><ul><li>CS-5521 · Ruben Ahlquist · Resolved</li><li>CS-5530 · Hedda Moravec · DOB 11/02/1961 · Intake</li></ul></aside></main></body></html>`;
    const { reading } = await readInHappyDom(html('Followed cases'), 'https://cases.example.org/case/CS-5517', extractClientContext);
    expect(reading).toMatchObject({ name: 'Odalys Fernández-Quiroga', mrn: 'KP-22018374', dob: '1949-05-30' });
    const plain = await readInHappyDom(html('Pinned'), 'https://cases.example.org/case/CS-5517', extractClientContext);
    expect(plain.reading).toBeNull();
  });

  it("a related list of other members' cases is no list of clients", async () => {
    const html = (h: string) => `<!DOCTYPE html><html><head><title>Care Case</title></head><body>
      <table class="form"><tr><td><label for="m">Member</label></td><td><input id="m" value="Fernández-Quiroga, Odalys" readonly></td></tr>
      <tr><td><label for="n">Member number</label></td><td><input id="n" value="KP-22018374" readonly></td></tr>
      <tr><td><label for="d">Date of birth</label></td><td><input id="d" value="1949-05-30" readonly></td></tr></table>
      <h4>${h}</h4><table><thead><tr><th>Number</th><th>Member</th><th>Date of birth</th></tr></thead><tbody>
      <tr><td>CC-101</td><td>Ahlquist, Ruben</td><td>1940-01-12</td></tr><tr><td>CC-107</td><td>Moravec, Hedda</td><td>1961-11-02</td></tr></tbody></table></body></html>`;
    const { reading } = await readInHappyDom(html('Other Care Cases'), 'https://itsm.example.org/care_case.do?sys_id=9', extractClientContext);
    expect(reading).toMatchObject({ name: 'Odalys Fernández-Quiroga', mrn: 'KP-22018374', dob: '1949-05-30' });
    const plain = await readInHappyDom(html('Care Cases'), 'https://itsm.example.org/care_case.do?sys_id=9', extractClientContext);
    expect(plain.reading).toBeNull();
  });
});
