import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A banner names the encounter by its class and brackets its period ("Inpatient [03-Dec-2026 22:18 - <No - Discharge
 * date>]", labels.ts). Markup of our own, synthetic people.
 */
const page = (term: string, period: string) => `<!DOCTYPE html><html><head><title>Inpatient Summary</title></head><body>
<div class="hdr"><span>Signed in: Ngozi Abernethy-Lutz, PA</span></div>
<div class="banner"><dl><dt>Name</dt><dd>VANTERPOOL, CASIMIR</dd><dt>DOB</dt><dd>14-Jan-1969</dd><dt>MRN</dt><dd>3304418</dd><dt>FIN</dt><dd>8120099341</dd>
<dt>${term}</dt><dd>${period}</dd><dt>Attending</dt><dd>Greer, Honora MD</dd></dl></div>
<p>Post-operative day 2.</p></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://chart.example.org/mpages/summary?encntr=8120099341', extractClientContext)).reading;

describe("an inpatient encounter's bracketed period in a banner", () => {
  it('starts the stay, with no discharge while none is recorded', async () => {
    const r = await read(page('Inpatient', '[05-Dec-2026 07:40 - &lt;No - Discharge date&gt;]'));
    expect(r).toMatchObject({ name: 'Casimir Vanterpool', mrn: '3304418', dob: '1969-01-14', admitDate: '2026-12-05' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it("reads no stay from another class's bracket", async () => {
    const r = await read(page('Outpatient', '[05-Dec-2026 07:40 - 05-Dec-2026 09:00]'));
    expect(r?.admitDate).toBeUndefined();
  });
});

describe("an inpatient row of a utilization table", () => {
  it('is a past stay, not the bracketed banner period', async () => {
    const html = `<!DOCTYPE html><html><body><div class="ps"><div class="ps-name">LUNDQVIST, ARVID</div><dl><dt>DOB</dt><dd>02/03/1951</dd><dt>MRN</dt><dd>551902</dd></dl></div>
<h3>Utilization</h3><table><tr><th>Type</th><th>Dates</th><th>Facility</th></tr><tr><td>Inpatient</td><td>07/12/2026 – 07/16/2026</td><td>Lakeview Hospital</td></tr></table></body></html>`;
    const r = (await readInHappyDom(html, 'https://pophealth.example.org/patient/551902', extractClientContext)).reading;
    expect(r?.admitDate).toBeUndefined();
  });
});
