import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { carriesStructured } from '../../../src/context/generic/structured-check';
import { mayShowClient } from '../../../src/content/pre-check';

/**
 * A C-CDA file opened with no stylesheet: the page is the ClinicalDocument XML itself, or (Chromium's
 * XML viewer) an HTML-namespace page keeping that XML, hidden, beside its tree view. Hand-written
 * headers with synthetic people; the patient's name and numbers among a guardian's, an author's,
 * a legal authenticator's and a custodian's, and a narrative table in HL7's namespace, not HTML's.
 */
const URL_ = 'https://hie.example.org/docs/summary.xml';
const HL7 = 'urn:hl7-org:v3';

const clutter = `
  <author><time value="20250309101500+0000"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="3344556677"/>
    <telecom use="WP" value="tel:+1(555)555-1002"/>
    <assignedPerson><name><given>Lorcan</given><family>Brady</family></name></assignedPerson></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.19.5"/>
    <name>Harbourside Hospital</name><telecom value="tel:+1(555)555-1000"/></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator><time value="20250309"/><signatureCode code="S"/><assignedEntity><id root="2.16.840.1.113883.4.6" extension="99887766"/>
    <assignedPerson><name><given>Ines</given><family>Quartermain</family></name></assignedPerson></assignedEntity></legalAuthenticator>`;

const patientRole = `
  <patientRole>
    <id root="2.16.840.1.113883.4.1" extension="078-05-1120"/>
    <id root="2.16.840.1.113883.19.5.99999.2"/>
    <id root="2.16.840.1.113883.3.564.14977" extension="00459821" assigningAuthorityName="Harbourside Hospital"/>
    <telecom use="HP" value="mailto:p.achterberg@example.org"/>
    <telecom use="HP" value="tel:+1-612-555-0142"/>
    <patient>
      <name use="P"><given>Pip</given><family>Achterberg</family></name>
      <name use="L"><prefix>Mrs.</prefix><given>Philippa</given><given>Rose</given><family>ACHTERBERG</family><suffix>PhD</suffix></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1" displayName="Female"/>
      <birthTime value="19510603083000-0500"/>
      <guardian><code code="GRFTH"/><telecom value="tel:+1-612-555-0777"/>
        <guardianPerson><name use="L"><given>Tobias</given><family>Wrenfield</family></name></guardianPerson></guardian>
    </patient>
  </patientRole>`;

const encounter = (time: string) => `
  <componentOf><encompassingEncounter><id root="2.16.840.1.113883.19.5.99999.19" extension="ENC-3301"/>${time}
    <location><healthCareFacility><location><name>North Wing, 4 West</name></location></healthCareFacility></location>
  </encompassingEncounter></componentOf>`;

const cda = (role: string, after = '') => `<ClinicalDocument xmlns="${HL7}">
  <id root="2.16.840.1.113883.19.5.99999.1" extension="DS-88213-7"/>
  <title>Discharge Summary</title><effectiveTime value="20250309101500+0000"/>
  <recordTarget>${role}</recordTarget>${clutter}${after}
  <component><structuredBody><component><section><title>Encounters</title><text><table border="1"><thead><tr><th>Encounter</th><th>Admit Date</th><th>Discharge Date</th></tr></thead>
    <tbody><tr><td>Inpatient</td><td>Mar 1, 2025</td><td>Mar 8, 2025</td></tr></tbody></table></text></section></component>
  <component><section><title>Plan</title><text>Follow up in two weeks.</text></section></component></structuredBody></component>
</ClinicalDocument>`;

const xml = (source: string) => new DOMParser().parseFromString(`<?xml version="1.0"?>\n${source}`, 'text/xml');
/** Chromium's XML viewer: its own page, the document kept in a hidden div for extensions, the tree view beside it. */
const viewer = (source: string) =>
  xml(`<html xmlns="http://www.w3.org/1999/xhtml"><head/><body><div id="webkit-xml-viewer-source-xml">${source}</div>
    <div class="header"><span>This XML file does not appear to have any style information associated with it.</span></div>
    <div class="pretty-print"><span>&lt;ClinicalDocument&gt;</span></div></body></html>`);

const PATIENT = { name: 'Philippa Rose Achterberg', mrn: '00459821', dob: '1951-06-03', sex: 'F', phone: expect.stringContaining('612') };

describe('a raw C-CDA document', () => {
  it('reads the patient, not the guardian, author, authenticator or custodian, and the stay', async () => {
    const doc = xml(cda(patientRole, encounter('<effectiveTime><low value="20250301081500-0500"/><high value="20250308113000-0500"/></effectiveTime>')));
    expect(await extractClientContext(doc, URL_)).toMatchObject({ ...PATIENT, admitDate: '2025-03-01', dischargeDate: '2025-03-08', location: expect.stringContaining('North Wing') });
  });
  it('as Chromium shows it, kept beside the tree view', async () => {
    const doc = viewer(cda(patientRole, encounter('<effectiveTime><low value="20250301"/><high value="20250308"/></effectiveTime>')));
    expect(await extractClientContext(doc, URL_)).toMatchObject({ ...PATIENT, admitDate: '2025-03-01', dischargeDate: '2025-03-08' });
  });
  it('an encounter under way (its start alone) has no discharge; no encounter, no stay', async () => {
    const open = await extractClientContext(xml(cda(patientRole, encounter('<effectiveTime><low value="20250301"/></effectiveTime>'))), URL_);
    expect(open).toMatchObject({ ...PATIENT, admitDate: '2025-03-01' });
    expect(open?.dischargeDate).toBeUndefined();
    const none = await extractClientContext(xml(cda(patientRole)), URL_);
    expect(none).toMatchObject(PATIENT);
    expect(none?.admitDate).toBeUndefined();
    expect(none?.dischargeDate).toBeUndefined();
  });
  it('never reads an SSN or a bare OID as the record number; the first other id when none names its authority', async () => {
    const role = patientRole.replace(' assigningAuthorityName="Harbourside Hospital"', '').replace('<telecom use="HP" value="mailto', '<id root="2.16.840.1.113883.19.5.7" extension="H-7741"/><telecom use="HP" value="mailto');
    expect((await extractClientContext(xml(cda(role)), URL_))?.mrn).toBe('00459821');
    const onlySsn = patientRole.replace(/<id root="2\.16\.840\.1\.113883\.3[^>]*>/, '');
    const read = await extractClientContext(xml(cda(onlySsn)), URL_);
    expect(read).toMatchObject({ name: 'Philippa Rose Achterberg' });
    expect(read?.mrn).toBeUndefined();
  });
  it('the one name there is when none is legal', async () => {
    const role = patientRole.replace(/<name use="L">.*?<\/name>/, '');
    expect((await extractClientContext(xml(cda(role)), URL_))?.name).toBe('Pip Achterberg');
  });
  it('asks for the structured part in an XML document; reads no ClinicalDocument an HTML page holds', async () => {
    expect(carriesStructured(xml(cda(patientRole)))).toBe(true);
    expect(mayShowClient(viewer(cda(patientRole)))).toBe(true);
    const html = new DOMParser().parseFromString('<!doctype html><html><body><div id="webkit-xml-viewer-source-xml"></div></body></html>', 'text/html');
    html.getElementById('webkit-xml-viewer-source-xml')?.append(html.importNode(xml(cda(patientRole)).documentElement, true));
    expect(carriesStructured(html)).toBe(false);
    expect(await extractClientContext(html, URL_)).toBeNull();
  });
});
