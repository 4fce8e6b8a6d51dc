import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** FHIR resource files opened in the browser as XML (fhir-raw.ts). Resources of our own. */
const xml = (body: string) => new DOMParser().parseFromString(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, 'application/xml');
const read = (body: string, url = 'https://build.fhir.example/ig/kestrel/Patient-pt-31.xml') => extractClientContext(xml(body), url);

const PATIENT = `<Patient xmlns="http://hl7.org/fhir">
  <id value="pt-31"/>
  <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><p>Thomasina Greer, F, 1944-07-19</p></div></text>
  <identifier><system value="http://hl7.org/fhir/sid/us-ssn"/><value value="078051120"/></identifier>
  <identifier><type><coding><system value="http://terminology.hl7.org/CodeSystem/v2-0203"/><code value="MR"/></coding></type><value value="GR-30871"/></identifier>
  <name><use value="nickname"/><given value="Tommie"/></name>
  <name><use value="official"/><family value="Greer"/><given value="Thomasina"/><given value="Ada"/></name>
  <telecom><system value="phone"/><value value="555-610-4432"/></telecom>
  <gender value="female"/>
  <birthDate value="1944-07-19"/>
  <contact><name><family value="Greer"/><given value="Malcolm"/></name><telecom><system value="phone"/><value value="555-610-9001"/></telecom></contact>
</Patient>`;

describe('a FHIR resource file opened as XML', () => {
  it('reads the Patient as its JSON would be read: official name, MR identifier, never the SSN', async () => {
    expect(await read(PATIENT)).toMatchObject({ name: 'Thomasina Ada Greer', mrn: 'GR-30871', dob: '1944-07-19', sex: 'F', phone: '555-610-4432' });
  });

  it("reads a Bundle's Patient with its Encounter's stay", async () => {
    const bundle = `<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/>
      <entry><fullUrl value="http://example.org/fhir/Patient/pt-31"/><resource>${PATIENT.replace(' xmlns="http://hl7.org/fhir"', '')}</resource></entry>
      <entry><resource><Encounter><id value="enc-9"/><status value="finished"/><subject><reference value="Patient/pt-31"/></subject>
        <period><start value="2026-10-02"/><end value="2026-10-09"/></period></Encounter></resource></entry></Bundle>`;
    expect(await read(bundle, 'https://build.fhir.example/ig/kestrel/Bundle-b-7.xml')).toMatchObject({ name: 'Thomasina Ada Greer', admitDate: '2026-10-02', dischargeDate: '2026-10-09' });
  });

  it('reads nobody from a Practitioner, nor from two Patients', async () => {
    expect(await read('<Practitioner xmlns="http://hl7.org/fhir"><name><family value="Oyelaran"/><given value="Kemi"/></name><birthDate value="1971-02-02"/></Practitioner>')).toBeNull();
    const two = `<Bundle xmlns="http://hl7.org/fhir"><entry><resource>${PATIENT.replace(' xmlns="http://hl7.org/fhir"', '')}</resource></entry>` +
      '<entry><resource><Patient><name><family value="Greer"/><given value="Malcolm"/></name><birthDate value="1940-01-30"/></Patient></resource></entry></Bundle>';
    expect(await read(two)).toBeNull();
  });
});
