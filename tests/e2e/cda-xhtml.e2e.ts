import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { bundleForPage } from '../bench/bundle.mjs';
import { pageOnSharedChromium } from './plain-chromium';
import { readServedFile } from './served-file';
import { RAW_CDA } from './raw-cda';

/**
 * A C-CDA file opened in the browser renders through its stylesheet; the HL7 CDA stylesheet (4.x)
 * writes XHTML, so the page is an XML document whose element names are lower case ("td", not "TD"),
 * which happy-dom never produces. Markup of our own in that stylesheet's header structure, synthetic
 * person, served as application/xhtml+xml.
 */
const XHTML = `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
  <head>
    <title>Discharge Summary (March  9, 2025)</title>
  </head>
  <body>
    <div id="documentheader">
      <a id="_toc"> </a>
      <h1 class="title">Discharge Summary (March  9, 2025)</h1>
      <table class="header_table">
        <tbody>
          <tr>
            <td class="td_label">Patient</td>
            <td>
              <span class="span_value">Legal: Oluwaseun  ADEBAYO</span>
              <span style="float: right; margin-left: 1em;">
                <span>
                  <span class="span_label">Date of Birth: </span>
                  <span class="span_value">January  4, 1990, 08:30AM<span title="At document creation time"> (34yr)</span></span>
                </span>
                <span class="span_label">Gender: </span>
                <span class="span_value">Male</span>
              </span>
              <span style="float: right;" class="print_visible">
                <span class="span_label">Patient-ID:&#160;</span>
                <span class="span_value">
                  <span title="Lakeside Family Practice">00459821 (2.16.840.1.113883.3.564.14977)</span>
                </span>
              </span>
            </td>
          </tr>
          <tr>
            <td class="td_label">Encounter</td>
            <td><span class="span_label">ID: </span><span class="span_value"><span>ENC-3301 (2.16.840.1.113883.19.5.7)</span></span>, <span class="span_label">Type: </span><span class="span_value">Inpatient</span>, <span class="span_label">Date/Time: </span><span class="span_value">from&#160;March  1, 2025, 8:15AM -0500 to&#160;March  8, 2025, 11:30AM -0500</span></td>
          </tr>
          <tr>
            <td class="td_label">Author</td>
            <td><span class="span_value">Greta  LINDQVIST</span>, <span class="span_label">Organization: </span><span class="span_value">Lakeside Family Practice</span>, <span class="span_label">Authored On: </span><span class="span_value">June  15, 2024, 10:15AM +0000</span></td>
          </tr>
        </tbody>
      </table>
    </div>
    <div id="documentbody"><h3>Plan</h3><p>Follow up with primary care in two weeks.</p></div>
    <div id="documentfooter">
      <table class="header_table"><tbody><tr><td class="td_label td_label_width">Document</td><td style="width: 30%;">
        <table class="table_simple"><tbody><tr><td class="td_label">ID</td><td><span>DS-88213-7 (2.16.840.1.113883.19.5.1)</span></td></tr></tbody></table></td>
        <td class="td_label td_label_width">Created On</td><td>June  15, 2024, 10:15AM +0000</td></tr></tbody></table>
      <table class="header_table"><tbody>
        <tr><td class="td_label td_label_width">Patient</td><td style="width: 30%;">Legal: Oluwaseun  ADEBAYO</td><td class="td_label td_label_width">Contact Details</td><td style="width: 30%;">Tel Home Primary: +1-612-555-0199</td></tr>
        <tr><td class="td_label td_label_width">Date of Birth</td><td style="width: 30%;">January  4, 1990, 08:30AM (34yr)</td><td class="td_label td_label_width">Gender</td><td>Male</td></tr>
        <tr><td class="td_label td_label_width">Patient-IDs</td><td colspan="3"><span title="Lakeside Family Practice">00459821 (2.16.840.1.113883.3.564.14977)</span></td></tr>
      </tbody></table>
      <table class="header_table"><tbody><tr><td class="td_label td_label_width">Author</td><td style="width: 30%;">Greta  LINDQVIST, Organization: Lakeside Family Practice</td><td class="td_label td_label_width">Contact Details</td><td>Tel Workplace: +1(555)555-1002</td></tr></tbody></table>
    </div>
  </body>
</html>`;

let page: Page;
let script: string;

beforeAll(async () => {
  script = ((await bundleForPage({ RapportExtract: 'src/context/extract.ts' })) as Record<string, string>).RapportExtract as string;
  page = await pageOnSharedChromium();
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'application/xhtml+xml', body: XHTML }) : route.abort(),
  );
});
afterAll(async () => {
  await page?.context().close();
});

test('reads the patient from a C-CDA header rendered as an XHTML document', async () => {
  const url = 'https://hie.example.org/viewer/Document.aspx?doc=601';
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: script });
  const { tag, reading } = await page.evaluate(async (u) => {
    const api = (globalThis as unknown as { RapportExtract: { extractClientContext: (d: Document, u: string) => Promise<unknown> } }).RapportExtract;
    return { tag: document.querySelector('td')?.tagName, reading: JSON.parse(JSON.stringify((await api.extractClientContext(document, u)) ?? null)) as Record<string, unknown> | null };
  }, url);
  expect(tag).toBe('td');
  expect(reading).toMatchObject({ name: 'Oluwaseun Adebayo', mrn: '00459821', dob: '1990-01-04', admitDate: '2025-03-01', dischargeDate: '2025-03-08' });
});

/**
 * The same file opened with no stylesheet: Chromium's XML viewer shows its tree and keeps the
 * ClinicalDocument, hidden, for extensions. The built extension's content script reads the patient
 * from it (the structured reader, in the reading page), not the guardian or the author beside it.
 */
test('the built extension reads the patient from a C-CDA file opened raw, in Chromium\'s XML viewer', async () => {
  const { rootNamespace, context } = await readServedFile(RAW_CDA, 'text/xml', '/docs/summary.xml');
  expect(rootNamespace).toBe('urn:hl7-org:v3');
  expect(context).toMatchObject({ name: 'Oluwaseun Adebayo', mrn: '00459821', dob: '1990-01-04', sex: 'M', admitDate: '2025-03-01', dischargeDate: '2025-03-08' });
});
