import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://app.carechat.example/inbox/c_52', extractClientContext)).reading;

describe("a messaging app's 'EHR patient ID' (labels.ts)", () => {
  it('is the record number of the chart the contact is linked to', async () => {
    const card = `<section><h2>Thaddeus Ferreira-Lund</h2><dl><dt>Date of birth</dt><dd>09/09/1972</dd><dt>EHR patient ID</dt><dd>PT-330918</dd></dl></section>`;
    expect(await read(card)).toMatchObject({ name: 'Thaddeus Ferreira-Lund', mrn: 'PT-330918', dob: '1972-09-09' });
  });
});
