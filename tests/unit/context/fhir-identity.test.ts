import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * What a FHIR Patient's own data says is not its name or record number: the tooling's placeholder
 * for a nameless Patient, national person numbers. Resources and markup of our own.
 */
const parse = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Example</title></head><body>${body}</body></html>`, 'text/html');
const read = (body: string, url = 'https://build.fhir.example/ig/kestrel/Bundle-visit-2.html') => extractClientContext(parse(body), url, { adapters: [] });
const summary = (text: string) => `<div><p class="res-header-id"><b>Generated Narrative: Patient p-41</b></p><p style="border: 1px #661aff solid;">${text}</p><hr/></div>`;

describe("the FHIR tooling's placeholder for a Patient without a name", () => {
  it('is no name: a nameless Patient shows no client', async () => {
    const body = summary('Anonymous Patient Female, DoB: 1991-03-14 ( http://clinic.example.org/sid/mrn#CL-5521)') + '<table class="grid"><tr><td>Contact Detail</td><td>ph: 555-208-4417(Mobile)</td></tr></table>';
    expect(await read(body)).toBeNull();
  });

  it('leaves a named Patient in the same line read', async () => {
    expect(await read(summary('Ingrid Solveig Haraldsen Female, DoB: 1991-03-14 ( http://clinic.example.org/sid/mrn#CL-5521)'))).toMatchObject({ name: 'Ingrid Solveig Haraldsen', dob: '1991-03-14' });
  });
});

describe('a national person number in a FHIR Patient', () => {
  const patient = (identifier: unknown[]) =>
    `<pre>${JSON.stringify({ resourceType: 'Patient', id: 'p-9', identifier, name: [{ family: 'Lindqvist', given: ['Aurora'] }], birthDate: '1977-08-30' }, null, 2)}</pre>`;
  const url = 'https://fhir.example-hie.net/baseR4/Patient/p-9?_format=json';

  it('is never the record number, by OID or by type', async () => {
    for (const id of [
      { system: 'urn:oid:2.16.840.1.113883.4.1', value: '123-45-6789' },
      { system: 'urn:oid:2.16.840.1.113883.2.4.6.3', value: '999912343' },
      { system: 'urn:oid:1.2.208.176.1.2', value: '0101774321' },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'NNSWE' }] }, value: '19770830-1234' },
    ]) {
      expect(await read(patient([id, { system: 'http://clinic.example.org/sid/mrn', value: 'CL-7730' }]), url), JSON.stringify(id)).toMatchObject({ name: 'Aurora Lindqvist', mrn: 'CL-7730' });
      expect((await read(patient([id]), url))?.mrn, JSON.stringify(id)).toBeUndefined();
    }
  });

  it('leaves an OID that only begins like one a record number', async () => {
    expect(await read(patient([{ system: 'urn:oid:2.16.840.1.113883.4.10', value: 'AB-4410' }]), url)).toMatchObject({ mrn: 'AB-4410' });
  });
});

describe("a national number the narrative prints as the patient's identifier", () => {
  const page = (identifier: unknown[]) =>
    '<div xmlns="http://www.w3.org/1999/xhtml"><p><b>Generated Narrative</b></p><p><b>identifier</b>: 999912343 (USUAL)</p><p><b>name</b>: Aurora Lindqvist </p>' +
    '<p><b>gender</b>: female</p><p><b>birthDate</b>: 1977-08-30</p></div>' +
    `<pre>${JSON.stringify({ resourceType: 'Patient', id: 'p-9', identifier, name: [{ family: 'Lindqvist', given: ['Aurora'] }], gender: 'female', birthDate: '1977-08-30' }, null, 2)}</pre>`;
  const url = 'https://build.fhir.example/ig/kestrel/Patient-p-9.html';

  it("is not the record number when the page's own record says whose number it is", async () => {
    const national = await read(page([{ use: 'usual', system: 'urn:oid:2.16.840.1.113883.2.4.6.3', value: '999912343' }]), url);
    expect(national).toMatchObject({ name: 'Aurora Lindqvist', dob: '1977-08-30' });
    expect(national?.mrn).toBeUndefined();
    expect(await read(page([{ use: 'usual', system: 'http://clinic.example.org/sid/mrn', value: '999912343' }]), url)).toMatchObject({ mrn: '999912343' });
  });
});
