import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR resource printed as escaped XML in a <pre> (an IG's XML representation page). Markup of our own, synthetic
 * people.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const patient = (id: string, family: string, given: string, dob: string) => `<Patient xmlns="http://hl7.org/fhir">
  <id value="${id}"/>
  <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><p>Someone Else, born 1901</p></div></text>
  <identifier><type><coding><code value="MR"/></coding></type><value value="${id.toUpperCase()}-77"/></identifier>
  <name><use value="official"/><family value="${family}"/><given value="${given}"/></name>
  <gender value="male"/>
  <birthDate value="${dob}"/>
  <contact><name><family value="${family}"/><given value="Ruth"/></name><telecom><system value="phone"/><value value="555-0100"/></telecom></contact>
</Patient>`;
const page = (xml: string) => `<!DOCTYPE html><html><head><title>Patient XML</title></head><body><h2>XML Representation</h2><pre>${esc(xml)}</pre></body></html>`;

describe('a FHIR resource printed as XML text', () => {
  it('is read like its JSON form', async () => {
    const { reading } = await readInHappyDom(page(patient('pt-ob', 'Obradovic', 'Milan', '1955-10-30')), 'https://build.fhir.example/ig/x/Patient-pt-ob.xml.html', extractClientContext);
    expect(reading?.name).toBe('Milan Obradovic');
    expect(reading?.mrn).toBe('PT-OB-77');
    expect(reading?.dob).toBe('1955-10-30');
  });

  it('gives no client for a bundle of two patients', async () => {
    const bundle = `<Bundle xmlns="http://hl7.org/fhir"><type value="searchset"/><entry><resource>${patient('pt-a', 'Okafor', 'Ike', '1960-01-01')}</resource></entry><entry><resource>${patient('pt-b', 'Lund', 'Sven', '1971-02-02')}</resource></entry></Bundle>`;
    const { reading } = await readInHappyDom(page(bundle), 'https://fhir.example.org/Patient?_format=xml', extractClientContext);
    expect(reading).toBeNull();
  });
});
