import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A clinical report printed as fixed-width text whose running header has a title row and a patient row led by the name,
 * its values labelled after it (printed-name-row.ts). Markup of our own, synthetic people.
 */
const header = (name: string, mrn: string, dob: string) => `ORCHARD BAY MEDICAL CENTER              DISCHARGE INSTRUCTIONS REPORT          Page 1 of 1
${name}          MR#: ${mrn}    VISIT#: V8812004117    DOB: ${dob}   AGE: 71   SEX: M
`;
const page = (pre: string) => `<!DOCTYPE html><html><head><title>Report</title></head><body><pre>${pre}
DIAGNOSIS: COPD EXACERBATION
FOLLOW UP WITH ALDRIDGE, MAREN NP IN 1 WEEK.</pre></body></html>`;
const read = async (pre: string) => (await readInHappyDom(page(pre), 'https://reports.orchardbay.example/rpt?v=8812004117', extractClientContext)).reading;

describe("a printed report's patient row led by the name", () => {
  it('reads the name and its labelled values', async () => {
    expect(await read(header('THORNQUIST, EMIL J', 'OB0041872', '03/21/1955'))).toMatchObject({ name: 'Emil J. Thornquist', mrn: 'OB0041872', dob: '1955-03-21', sex: 'M' });
  });

  it('reads nobody when two different patient rows are printed (a list)', async () => {
    expect(await read(header('THORNQUIST, EMIL J', 'OB0041872', '03/21/1955') + header('VALDEZ-ORR, PILAR', 'OB0039920', '07/02/1961'))).toBeNull();
  });
});
