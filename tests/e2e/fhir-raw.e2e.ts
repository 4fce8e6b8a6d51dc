import { expect, test } from 'vitest';
import { readServedFile } from './served-file';

/**
 * A FHIR resource file opened in the browser as XML (an implementation guide's `Bundle-x.xml`, served as
 * application/xml): Chromium shows it as XML (its viewer keeps the document, hidden, for extensions where it
 * replaces the page with its tree view). The built extension reads the Patient and its Encounter's stay from it (the
 * structured reader, in the reading page), never the contact or the practitioner. Resources of our own.
 */
const RAW = `<?xml version="1.0" encoding="UTF-8"?>
<Bundle xmlns="http://hl7.org/fhir">
  <id value="b-7"/>
  <type value="collection"/>
  <entry><fullUrl value="http://example.org/fhir/Patient/pt-31"/><resource><Patient>
    <id value="pt-31"/>
    <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><p>Thomasina Ada GREER Female, DoB: 1944-07-19</p></div></text>
    <identifier><type><coding><system value="http://terminology.hl7.org/CodeSystem/v2-0203"/><code value="MR"/></coding></type><value value="GR-30871"/></identifier>
    <name><use value="official"/><family value="Greer"/><given value="Thomasina"/><given value="Ada"/></name>
    <gender value="female"/>
    <birthDate value="1944-07-19"/>
    <contact><name><family value="Greer"/><given value="Malcolm"/></name></contact>
    <generalPractitioner><reference value="Practitioner/pr-2"/><display value="Kemi Oyelaran"/></generalPractitioner>
  </Patient></resource></entry>
  <entry><resource><Encounter>
    <id value="enc-9"/><status value="finished"/><subject><reference value="Patient/pt-31"/></subject>
    <period><start value="2026-10-02"/><end value="2026-10-09"/></period>
  </Encounter></resource></entry>
</Bundle>`;

test("the built extension reads the patient from a FHIR Bundle opened as XML, in Chromium's XML viewer", async () => {
  const { rootNamespace, context } = await readServedFile(RAW, 'application/xml', '/ig/kestrel/Bundle-b-7.xml');
  // The viewer's hidden copy, or the document itself (Chromium keeps it as is where the file holds XHTML, a narrative).
  expect(rootNamespace).toBe('http://hl7.org/fhir');
  expect(context).toMatchObject({ name: 'Thomasina Ada Greer', mrn: 'GR-30871', dob: '1944-07-19', sex: 'F', admitDate: '2026-10-02', dischargeDate: '2026-10-09' });
});
