/**
 * A C-CDA file as an EHR exports it (our own markup, a synthetic person): an SSN listed before the
 * record number, a guardian inside the patient, an author and an encounter beside it. Served raw, with
 * no stylesheet, a browser shows it in its XML viewer.
 */
export const RAW_CDA = `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <id root="2.16.840.1.113883.19.5.99999.1" extension="DS-88213-7"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20250309101500+0000"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.4.1" extension="078-05-1120"/>
    <id root="2.16.840.1.113883.3.564.14977" extension="00459821" assigningAuthorityName="Lakeside Family Practice"/>
    <telecom use="HP" value="tel:+1-612-555-0199"/>
    <patient>
      <name use="L"><given>Oluwaseun</given><family>ADEBAYO</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19900104083000"/>
      <guardian><guardianPerson><name><given>Tobias</given><family>Wrenfield</family></name></guardianPerson></guardian>
    </patient>
  </patientRole></recordTarget>
  <author><time value="20250309"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="3344556677"/>
    <assignedPerson><name><given>Greta</given><family>Lindqvist</family></name></assignedPerson></assignedAuthor></author>
  <componentOf><encompassingEncounter><effectiveTime><low value="20250301081500-0500"/><high value="20250308113000-0500"/></effectiveTime></encompassingEncounter></componentOf>
  <component><structuredBody><component><section><title>Encounters</title><text><table><thead><tr><th>Encounter</th><th>Date</th></tr></thead>
    <tbody><tr><td>Inpatient</td><td>Mar 1, 2025</td></tr></tbody></table></text></section></component></structuredBody></component>
</ClinicalDocument>`;
