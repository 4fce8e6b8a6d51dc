import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR tree viewer prints an element of elements as a term over a list of its own terms: the group is read
 * by its inner terms (fhir-nested-group.ts), never as "family Osei given Kwame". Our own markup.
 */
const dl = (pairs: [string, string][]) => `<dl>${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
const page = (body: string) => `<!DOCTYPE html><html><head><title>Resource tree</title></head><body><h2>Patient</h2>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://tools.example.net/tree/?r=Patient%2Fk-1', extractClientContext)).reading;

const name = ['name', dl([['use', 'official'], ['family', 'Mensah-Boateng'], ['given', 'Kwame'], ['given', 'Yaw']])] as [string, string];
const born = ['birthDate', '1958-09-03'] as [string, string];

describe("a FHIR tree viewer's nested groups", () => {
  it('reads a HumanName group by its given and family parts', async () => {
    expect(await read(page(dl([name, born, ['gender', 'male']])))).toMatchObject({ name: 'Kwame Yaw Mensah-Boateng', dob: '1958-09-03', sex: 'M' });
  });

  it("reads an identifier group's value when typed MR, never an encounter's visit number by its system", async () => {
    const mr = ['identifier', dl([['type', 'MR'], ['system', 'urn:oid:1.2.3.4'], ['value', 'QX-700412']])] as [string, string];
    expect((await read(page(dl([name, born, mr]))))?.mrn).toBe('QX-700412');
    const visit = ['identifier', dl([['system', 'https://hospital.example/fhir/sid/visit'], ['value', 'V-2026-0091']])] as [string, string];
    expect((await read(page(dl([name, born, visit]))))?.mrn).toBeUndefined();
  });

  it("reads a contact point group's value, never the contact person's phone", async () => {
    const own = ['telecom', dl([['system', 'phone'], ['value', '(602) 555-0131']])] as [string, string];
    const kin = ['contact', dl([['relationship', 'Daughter'], ['name', 'Abena Mensah'], ['telecom', '(602) 555-0188']])] as [string, string];
    expect((await read(page(dl([name, born, kin, own]))))?.phone).toBe('(602) 555-0131');
  });

  it("reads a location reference's display", async () => {
    const enc = `<h2>Encounter</h2>${dl([['status', 'in-progress'], ['class', 'IMP'], ['period', dl([['start', '2026-11-30T08:00:00Z']])], ['location', dl([['location', 'Location/w3-12 (Ward 3, Bed 12)'], ['status', 'active']])]])}`;
    expect(await read(page(dl([name, born]) + enc))).toMatchObject({ admitDate: '2026-11-30', location: 'Ward 3, Bed 12' });
  });

  it('reads the inner terms whatever case a stylesheet shows them in', async () => {
    const upper = (pairs: [string, string][]) => dl(pairs.map(([k, v]) => [k.toUpperCase(), v] as [string, string]));
    const nameUp = ['NAME', upper([['family', 'Mensah-Boateng'], ['given', 'Kwame']])] as [string, string];
    const phoneUp = ['TELECOM', upper([['system', 'phone'], ['value', '(602) 555-0131']])] as [string, string];
    expect(await read(page(upper([nameUp, ['birthDate', '1958-09-03'], phoneUp])))).toMatchObject({ name: 'Kwame Mensah-Boateng', dob: '1958-09-03', phone: '(602) 555-0131' });
  });
});
