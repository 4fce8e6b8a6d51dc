import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Shapes found by reading real published FHIR narratives (HL7 spec and implementation guide examples)
 * as products show them. People, identifiers and markup of our own in those shapes.
 */
const page = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Example</title></head><body>${body}</body></html>`, 'text/html');
const read = (body: string, url = 'https://build.fhir.example/ig/quill/Patient-q-4.html') => extractClientContext(page(body), url);

const older = (lines: string) => `<h2>Example Patient: q-4</h2><div><p><b>Generated Narrative with Details</b></p><p><b>id</b>: q-4</p>${lines}</div>`;

describe('real published FHIR narratives', () => {
  it('reads no sex from an empty gender line, never the next line\'s "birthsex: Female" (next-line-pair.ts)', async () => {
    const r = await read(older('<p><b>identifier</b>: Medical Record Number = 3310275 (USUAL)</p><p><b>name</b>: Tamsin R. Holloway </p><p><b>gender</b>: </p><p><b>birthsex</b>: Female</p><p><b>birthDate</b>: Apr 2, 2011</p>'));
    expect(r).toMatchObject({ name: 'Tamsin R. Holloway', mrn: '3310275', dob: '2011-04-02' });
    expect(r?.sex).toBeUndefined();
  });

  it('still reads a gender line that has its value', async () => {
    expect(await read(older('<p><b>name</b>: Tamsin R. Holloway </p><p><b>gender</b>: female</p><p><b>birthsex</b>: Female</p><p><b>birthDate</b>: Apr 2, 2011</p>'))).toMatchObject({ sex: 'F' });
  });

  it("never takes a referenced encounter's identifier for the record number (fhir-reference-summary.ts)", async () => {
    const r = await read(
      '<h2>Example AllergyIntolerance: al-2</h2><div><p class="res-header-id"><b>Generated Narrative: AllergyIntolerance al-2</b></p><p><b>code</b>: Latex allergy</p>' +
        '<p><b>patient</b>: <a href="Patient-q-4.html">Tamsin Rhea Holloway (official) Female, DoB: 2011-04-02</a></p>' +
        '<p><b>encounter</b>: <a href="Encounter-e-9.html">Encounter: extension = false; identifier = 550218-0031; status = in-progress; class = emergency (ActCode#EMER); period = 2026-10-14 08:02:00-0400 --&gt; (ongoing)</a></p></div>',
      'https://build.fhir.example/ig/quill/AllergyIntolerance-al-2.html',
    );
    expect(r).toMatchObject({ name: 'Tamsin Rhea Holloway', dob: '2011-04-02' });
    expect(r?.mrn).toBeUndefined();
  });

  it('passes over a national number typed "BSN = …" for the typed record number after it', async () => {
    const r = await read(older('<p><b>identifier</b>: BSN = 170244908 (OFFICIAL), Medical record number = QH-22017 (USUAL)</p><p><b>name</b>: Femke de Wilde-Aarts(OFFICIAL)</p><p><b>gender</b>: female</p><p><b>birthDate</b>: Jul 5, 1949</p>'));
    expect(r).toMatchObject({ name: 'Femke de Wilde-Aarts', mrn: 'QH-22017', dob: '1949-07-05', sex: 'F' });
  });

  it("reads a HAPI page whose raw JSON lists the patient's former name first by the name she goes by now (fhir-current-name.ts)", async () => {
    const json = JSON.stringify({
      resourceType: 'Patient',
      id: 'q-4',
      name: [
        { use: 'old', family: 'Pell', given: ['Tamsin', 'R.'], period: { end: '2019-02-01' } },
        { family: 'Holloway', given: ['Tamsin', 'R.'], period: { start: '2019-02-01' } },
      ],
      gender: 'female',
      birthDate: '2011-04-02',
    }, null, 2);
    const body = '<h1>Read Patient/q-4</h1><h3>Result Narrative</h3><div><p><b>Tamsin R. Holloway </b> female, DoB: 2011-04-02</p><table class="grid"><tr><td>Alt. Name:</td><td>Tamsin R. Pell (OLD)</td></tr></table></div>' +
      `<h3>Result Body</h3><pre>${json}</pre>`;
    expect(await read(body, 'https://fhir.quill.example/tester/resource?serverId=quill&resource=Patient&action=read&id=q-4')).toMatchObject({ name: 'Tamsin R. Holloway', dob: '2011-04-02', sex: 'F' });
  });
});

describe("the patient as another resource's reference summary", () => {
  const other = (type: string, rows: string) =>
    read(`<h2>Example ${type}: x-7</h2><div><p class="res-header-id"><b>Generated Narrative: ${type} x-7</b></p>${rows}</div>`, `https://build.fhir.example/ig/quill/${type}-x-7.html`);

  it('reads the patient a Task is "for:"', async () => {
    const r = await other('Task', '<p><b>status</b>: Requested</p><p><b>intent</b>: order</p><p><b>for</b>: <a href="Patient-q-4.html">Tamsin Rhea Holloway (official) Female, DoB: 2011-04-02 ( https://clinic.quill.example/sid/patients#Q-40417)</a></p><p><b>requester</b>: <a href="#r">PractitionerRole Nurse practitioner</a></p>');
    expect(r).toMatchObject({ name: 'Tamsin Rhea Holloway', mrn: 'Q-40417', dob: '2011-04-02', sex: 'F' });
  });

  it('reads the sex in the summary after a "patient:" label (fhir-summary-sex.ts)', async () => {
    const r = await other('AllergyIntolerance', '<p><b>code</b>: Latex allergy</p><p><b>patient</b>: <a href="Patient-q-4.html">Tamsin Rhea Holloway(official) Female, DoB: 2011-04-02 ( https://clinic.quill.example/sid/patients#Q-40417)</a></p><p><b>recorder</b>: <a href="#r">Practitioner Ines Amaral</a></p>');
    expect(r).toMatchObject({ name: 'Tamsin Rhea Holloway', dob: '2011-04-02', sex: 'F' });
  });

  it('reads that sex before any birth-date label, as other tools print it', async () => {
    const r = await other('AllergyIntolerance', '<p><b>code</b>: Latex allergy</p><p><b>patient</b>: <a href="Patient-q-4.html">Tamsin Rhea Holloway(official) Female, Date of birth: 2011-04-02 ( https://clinic.quill.example/sid/patients#Q-40417)</a></p><p><b>recorder</b>: <a href="#r">Practitioner Ines Amaral</a></p>');
    expect(r).toMatchObject({ name: 'Tamsin Rhea Holloway', dob: '2011-04-02', sex: 'F' });
  });

  it('never takes a national or health insurance number printed as system#type#value for the record number (fhir-summary-id.ts)', async () => {
    const r = await other('Observation', '<p><b>status</b>: Final</p><p><b>code</b>: Body weight</p><p><b>subject</b>: <a href="Patient-q-4.html">Tamsin Rhea Holloway (official) Female, DoB: 2011-04-02 ( urn:oid:2.16.756.5.32#AHVN13#7561190342217)</a></p><p><b>effective</b>: 2026-05-02</p><p><b>value</b>: 31 kg</p>');
    expect(r?.mrn).toBeUndefined();
  });

});
