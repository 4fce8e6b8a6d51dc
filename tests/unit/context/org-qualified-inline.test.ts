import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://aco.example.org/patients/77/summary', extractClientContext)).reading;

describe("a record number's issuer in brackets inside an inline label (org-qualified-mrn.ts)", () => {
  it('reads "MRN (Issuer): value" in one text as the record number, over a member id', async () => {
    const header = `<header><h1>Wendeline Achterhof</h1>
      <p><span>DOB: 02/03/1956</span> · <span>Member ID: QX-40021877</span> · <span>MRN (Harbor Point Regional Hospital): 3318402</span></p></header>`;
    expect(await read(header)).toMatchObject({ name: 'Wendeline Achterhof', mrn: '3318402', dob: '1956-02-03' });
  });
});
