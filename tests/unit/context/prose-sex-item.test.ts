import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A one-line prose narrative printing the sex as a comma-parted item among its labelled values (prose-sex-item.ts).
 * Markup of our own, synthetic people.
 */
const page = (line: string) =>
  `<!DOCTYPE html><html><head><title>Patient/aa91</title></head><body><div class="top">Resource viewer · signed in: Lorcan Petrakis</div>` +
  `<div class="narr"><div xmlns="http://www.w3.org/1999/xhtml">${line}</div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://fhir.example.org/view/Patient/aa91', extractClientContext)).reading;

describe('a sex item in one-line prose', () => {
  it('is the patient sex', async () => {
    const r = await read(page('Patient Evangelina Moreau-Tshabalala @ Eastgate Clinic, MR = 55018823, DOB: 1967-02-11, Female, ph 555-0100'));
    expect(r).toMatchObject({ name: 'Evangelina Moreau-Tshabalala', mrn: '55018823', dob: '1967-02-11', sex: 'F' });
  });
  it('is not a word inside a phrase', async () => {
    const r = await read(page('Patient Evangelina Moreau-Tshabalala @ Eastgate Clinic, MR = 55018823, DOB: 1967-02-11, male nurse preferred'));
    expect(r?.sex).toBeUndefined();
  });
});
