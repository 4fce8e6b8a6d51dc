import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { pastNonRecordIds } from '../../../src/context/generic/cda-ids';

/**
 * The older viewer stylesheet prints each identifier as "extension root". A root is an OID most of the
 * time, but some senders put a coded name ("ClinicMRN") or a UUID there; it names the authority and is
 * no part of the record number. Markup of our own, synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const lantana = (ids: string) => `
  <h1>Continuity of Care Document</h1>
  <table class="header_table">
    <tr><td class="td_header_role_name"><span class="td_label">Patient</span></td><td class="td_header_role_value">Ottilie Brennagh</td></tr>
    <tr><td class="td_header_role_name"><span class="td_label">Date of birth</span></td><td class="td_header_role_value">March 9, 1958 </td></tr>
    <tr><td class="td_header_role_name"><span class="td_label">Patient IDs</span></td><td class="td_header_role_value">${ids}</td></tr>
  </table>`;

describe('an identifier whose authority is a coded name or a UUID', () => {
  it('reads the extension alone as the record number, in the generic reader and in the C-CDA adapter', async () => {
    for (const ids of ['50917733 ClinicMRN<br>', '50917733 3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c<br>', '309-44-1122 2.16.840.1.113883.4.1<br>50917733 clinicPatientId<br>']) {
      for (const url of ['https://hie.example.org/viewer/Document.aspx?doc=611', 'https://hie.example.org/docs/ccd-611.xml']) {
        expect(await extractClientContext(parse(lantana(ids)), url), `${url} ${ids}`).toMatchObject({ name: 'Ottilie Brennagh', mrn: '50917733' });
      }
    }
  });

  it('keeps the first entry whole when what follows is no authority', () => {
    expect(pastNonRecordIds('50917733 ClinicMRN')).toBe('50917733');
    expect(pastNonRecordIds('A-7731 Ward')).toBe('A-7731 Ward');
    expect(pastNonRecordIds('MRN: 12345')).toBe('MRN: 12345');
    expect(pastNonRecordIds('998991 (Acme), 222-11-4455 (SSN)')).toBe('998991 (Acme), 222-11-4455 (SSN)');
  });
});

describe('a dotted number that cannot be an OID', () => {
  // An OID's first arc is 0, 1 or 2 (ITU-T X.660); local numbers printed in dotted groups start anywhere.
  it('is a record number, not an authority to pass over', async () => {
    expect(pastNonRecordIds('412.55.190.233, 80756000000000000000')).toBe('412.55.190.233, 80756000000000000000');
    expect(pastNonRecordIds('2.16.840.1.113883.19.5, 412.55.190.233')).toBe('412.55.190.233');
    const narrative = parse(`<div><p><b>Generated Narrative</b></p><p><b>identifier</b>: id: 412.55.190.233, id: 80756000000000000000</p>
      <p><b>name</b>: Ottilie Brennagh</p><p><b>gender</b>: female</p><p><b>birthDate</b>: 1958-03-09</p></div>`);
    expect(await extractClientContext(narrative, 'https://narratives.example.org/view?n=77')).toMatchObject({ name: 'Ottilie Brennagh', mrn: '412.55.190.233' });
    expect(await extractClientContext(parse(lantana('412.55.190.233 2.16.840.1.113883.19.5<br>')), 'https://hie.example.org/docs/ccd-77.xml')).toMatchObject({ mrn: '412.55.190.233' });
  });
});
