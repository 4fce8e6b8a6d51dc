import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Public-health registry labels (registry-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Record</title></head><body>${body}</body></html>`, 'https://iis.example.gov/patients/77', extractClientContext)).reading;

describe("a registry's labels", () => {
  it("know the registry's id, a newborn's record number and the mother's fields", () => {
    for (const label of ['Registry Client ID', 'IIS ID:', 'State IIS ID', 'Immunization Registry ID']) expect(matchLabel(label)?.field, label).toBe('mrn');
    expect(matchLabel('IIS ID')?.weak).toBe(0.25);
    expect(matchLabel('Infant Medical Record #')?.field).toBe('mrn');
    expect(matchLabel('Birth Date / Time')?.field).toBe('dob');
    for (const label of ["Mother's Medical Record #", "Mother's DOB", "Mother's First Name", "Mother's Phone"]) {
      expect(matchLabel(label), label).not.toBeNull();
      expect(matchLabel(label)?.field, label).toBeNull();
    }
  });

  it("read a certificate's IIS ID, a clinic's MRN before it", async () => {
    const box = (extra: string) => `<h1>Official Immunization Record</h1><div><span>Name: DUARTE, INES</span> <span>Date of Birth: 03/04/2015</span> <span>IIS ID: 50021877</span>${extra}</div>`;
    expect((await read(box('')))?.mrn).toBe('50021877');
    expect((await read(box(' <span>MRN: C-00412</span>')))?.mrn).toBe('C-00412');
  });
});

describe("a responsible person's row (kin-row.ts)", () => {
  const page = (rel: string) => `<table><tr><td>Last Name</td><td>DUARTE</td><td>First Name</td><td>INES</td></tr>
<tr><td>Birth Date</td><td>03/04/2015</td><td>Registry Client ID</td><td>50021877</td></tr></table>
<table><tr><td>Name</td><td>DUARTE, CARLA</td><td>Relationship</td><td>${rel}</td><td>Phone</td><td>(608) 555-0181</td></tr>
<tr><td>Name</td><td>DUARTE, PAULO</td><td>Relationship</td><td>Father</td><td>Phone</td><td>(608) 555-0182</td></tr></table>`;
  it("is that relative's name, not a second client", async () => {
    const r = await read(page('Mother'));
    expect(r?.name).toBe('Ines Duarte');
    expect(r?.mrn).toBe('50021877');
  });
  it('only when the relationship names kin', async () => {
    expect(await read(page('Self'))).toBeNull();
  });
});
