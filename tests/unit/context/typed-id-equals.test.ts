import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An R4 IG narrative's identifiers, each "Type display = value": the second's type ends in "Identifier" but names a
 * beneficiary number. Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Patient-pt-ruiz</title></head><body>
  <div><p><b>Generated Narrative with Details</b></p>
    <p><b>identifier</b>: Medical Record Number = 4410298 (USUAL), Health Plan Beneficiary Identifier = 8HT2-QP4-LN17 (OFFICIAL)</p>
    <p><b>name</b>: Inés Carolina Ruiz (OFFICIAL)</p>
    <p><b>gender</b>: female</p>
    <p><b>birthDate</b>: 1969-12-03</p></div></body></html>`;

describe('an identifier typed before " = "', () => {
  it('is the record number only when its whole type says so', async () => {
    const { reading } = await readInHappyDom(page, 'https://build.fhir.example/ig/x/Patient-pt-ruiz.html', extractClientContext);
    expect(reading?.name).toBe('Inés Carolina Ruiz');
    expect(reading?.mrn).toBe('4410298');
  });
});
