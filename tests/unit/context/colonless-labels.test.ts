import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readProse } from '../../../src/context/generic/line';

/**
 * What a person sees does not change when a page prints its labels without their colons (markup of our
 * own, after the corpus's mutation measure, harness/mutate.ts): each reading case fails without its rule.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Directory</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string, url = 'https://referrals.example.org/people/40417') => extractClientContext(parse(html), url);

describe('a one-line summary without label colons', () => {
  it('ends the birth date at the bracket that opens the record number', () => {
    const pairs = readProse('Ottilie BRANDVOLD  Female, DoB 1947-03-09 ( Medical Record Number NRH-550912)');
    expect(pairs?.find((p) => p.rule.field === 'dob')?.raw.trim()).toBe('1947-03-09');
    expect(pairs?.find((p) => p.rule.field === 'name')?.raw.trim()).toBe('Ottilie BRANDVOLD');
  });

  it("reads the record number the brackets' identifier type labels, and no other identifier there", () => {
    const mrn = (text: string) => readProse(text)?.find((p) => p.rule.field === 'mrn')?.raw;
    expect(mrn('Ottilie BRANDVOLD  Female, DoB 1947-03-09 ( Medical Record Number NRH-550912)')).toBe('NRH-550912');
    expect(mrn('Ottilie BRANDVOLD  Female, DoB 1947-03-09 ( Social Security Number 999-41-2280)')).toBeUndefined();
  });
});

describe("a narrative's contact rows without label colons", () => {
  it("reads the client's phone, never the one in another person's row", async () => {
    const page = `<p style="border: 1px solid">Ines Halvorsen AALTO Female, DoB 1949-05-17 ( Medical Record Number 5523107)</p>
<table><tr><td title="Ways to contact the Patient">Contact Detail</td><td><ul><li>ph 555-301-4420(Home)</li><li>9 Quay Street (home)</li></ul></td></tr>
<tr><td>Nominated Contact</td><td><ul><li>Bjorn Aalto (husband)</li><li>ph 555-301-7789(Mobile)</li></ul></td></tr></table>`;
    expect(await read(page, 'https://ig.example.org/Patient-ex-3.html')).toMatchObject({ name: 'Ines Halvorsen Aalto', mrn: '5523107', phone: '555-301-4420' });
  });
});

describe('a bold label leading a table cell, without a colon', () => {
  it('labels the rest of the cell ("<td><b>CLIENT</b> VANTERPOOL, ESME R</td>")', async () => {
    const page = `<h3>Client Summary</h3><table><tr><td><b>CLIENT</b> VANTERPOOL, ESME R</td><td><b>Printed</b> 2026-11-02</td></tr>
<tr><td><b>Client ID</b> 55120</td><td><b>DOB</b> 1939-07-14</td></tr><tr><td><b>Clinician</b> Priya Raman, LCSW</td><td><b>Printed by</b> front desk</td></tr></table>`;
    expect(await read(page, 'https://clinic.example.org/reports/client/55120')).toMatchObject({ name: 'Esme R. Vanterpool', mrn: '55120', dob: '1939-07-14' });
  });

  it('labels nothing in a paragraph ("<b>Client</b> education given to …")', async () => {
    const page = `<p><b>Client</b> education given to Harold Fenn and his daughter.</p><p>Reviewed 2026-11-02.</p>`;
    expect(await read(page, 'https://clinic.example.org/notes/8812')).toBeNull();
  });
});


describe("an encounter's hospitalization sentence without its labels' colons", () => {
  it("takes no admission date from it: the period's start stays the admission", async () => {
    const page = (colon: string) =>
      `<header><h1>Ravel, Odette</h1><span>MRN${colon} 88120-4</span> · <span>DOB${colon} 1951-02-19</span></header><dl><dt>Period</dt><dd>2026-11-29 14:02 → (ongoing)</dd><dt>Hospitalization</dt><dd>Admit source${colon} Emergency department. Expected discharge${colon} 2026-12-05. Discharge disposition${colon} home</dd></dl>`;
    for (const colon of [':', '']) {
      expect(await read(page(colon), 'https://app.example.org/Encounter/e-77'), `colon "${colon}"`).toMatchObject({ admitDate: '2026-11-29', dischargeDate: '2026-12-05' });
    }
  });
});
