import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Spellings of the client's own fields that census screens, bed boards and home-health charts use beside the common
 * ones: a birth date captioned with the age it is printed with, the place captioned by whose it is, and a home-health
 * episode closed at its "End of Care" as it opened at its "Start of Care" (labels.ts).
 */
const SPELLINGS: Array<[string, string]> = [
  ['Date of birth (age):', 'dob'],
  ['DOB (Age)', 'dob'],
  ['Pt Location', 'location'],
  ['Patient Location:', 'location'],
  ['Bed Location', 'location'],
  ['End of Care', 'dischargeDate'],
  ['End of Care Date:', 'dischargeDate'],
];

describe('label spellings', () => {
  for (const [label, field] of SPELLINGS) {
    it(`"${label}" captions the ${field}`, () => {
      expect(matchLabel(label)?.field).toBe(field);
    });
  }
  it("leave another person's birth date and the end of a payment period alone", () => {
    expect(matchLabel('DOB (Spouse)')?.field).not.toBe('dob');
    expect(matchLabel('End of Coverage')?.field).toBeUndefined();
  });
});

describe('a home-health chart captioned that way', () => {
  it('gives the birth date, the place and the end of the episode', async () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Chart</title></head><body>
<div class="top">Signed in: Dana Whitlock RN</div>
<main>
  <h1>Harriet Quill-Navarro</h1>
  <table class="facts">
    <tr><th>Chart #</th><td>HH-00428817</td></tr>
    <tr><th>Date of birth (age)</th><td>04/12/1950 (76)</td></tr>
    <tr><th>Start of Care</th><td>11/02/2026</td></tr>
    <tr><th>End of Care</th><td>11/30/2026</td></tr>
    <tr><th>Pt Location</th><td>Home · Zone 4 East</td></tr>
  </table>
</main></body></html>`;
    const { reading } = await readInHappyDom(page, 'https://homehealth.example.org/patients/428817/chart', extractClientContext);
    expect(reading).toMatchObject({ name: 'Harriet Quill-Navarro', dob: '1950-04-12', admitDate: '2026-11-02', dischargeDate: '2026-11-30', location: 'Home · Zone 4 East' });
  });
});
