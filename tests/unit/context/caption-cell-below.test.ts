import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A printed lab report's header grid: "PATIENT INFORMATION" over the bare name, then "DOB:", "SEX:", "ID:"; the
 * ordering physician's column beside it (caption-cell-below.ts). Markup of our own, synthetic people.
 */
const page = (caption: string) => `<!DOCTYPE html><html><head><title>Report</title></head><body>
  <div class="bar">Lab portal · Welcome, Tamsin Kerr</div>
  <table>
    <tr><td colspan="2"><b>${caption}</b></td><td><b>ORDERING PHYSICIAN</b></td><td>HOLLOWAY, BRENDAN</td></tr>
    <tr><td colspan="2">FAIRWEATHER, ODETTE L</td><td><b>SPECIMEN</b></td><td>KX771204</td></tr>
    <tr><td>DOB: 02/14/1962</td><td>AGE: 64</td><td>COLLECTED:</td><td>03/02/2026 08:10</td></tr>
    <tr><td>SEX: F</td><td></td><td>RECEIVED:</td><td>03/02/2026 17:45</td></tr>
    <tr><td>ID: 99120734</td><td></td><td>REPORTED:</td><td>03/03/2026 05:30</td></tr>
  </table>
  <table><tr><th>Test</th><th>Result</th></tr><tr><td>TSH</td><td>2.1</td></tr></table></body></html>`;

describe('the cell under a patient section caption in a report grid', () => {
  it('is the name', async () => {
    const { reading } = await readInHappyDom(page('PATIENT INFORMATION'), 'https://lab.example.org/report/KX771204', extractClientContext);
    expect(reading?.name).toMatch(/^Odette L\.? Fairweather$/);
    expect(reading?.mrn).toBe('99120734');
    expect(reading?.dob).toBe('1962-02-14');
  });

  it('is no name under another caption', async () => {
    const { reading } = await readInHappyDom(page('SHIPPING INFORMATION'), 'https://lab.example.org/report/KX771204', extractClientContext);
    expect(reading?.name ?? '').not.toMatch(/Fairweather/);
  });
});
