import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A certificate's numbered boxes give their caption as bare text, a line break, then the value ("6. Patient's Name
 * and Address<br>FAMILY, GIVEN M<br>street"): the caption labels the line after the break (caption-over-break.ts).
 * Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Plan of Care</title></head><body>
  <h1>CERTIFICATION AND PLAN OF CARE</h1>
  <table>
    <tr><td>1. Claim No.<br>7QW1-XK2-PL90</td><td>4. Medical Record No.<br>HC-77140</td><td>5. Provider No.<br>441208</td></tr>
    <tr><td>6. Patient's Name and Address<br>VASQUEZ-TILLMAN, RUTHANNE G<br>22 Alder Way<br>Salem, OR 97301</td>
        <td colspan="2">7. Provider's Name, Address and Telephone Number<br>Cascade Home Health<br>(503) 555-0100</td></tr>
    <tr><td>8. Date of Birth<br>12/19/1940</td><td colspan="2">24. Physician's Name and Address<br>BARNABY OKAFOR-LEE, MD<br>(503) 555-0177</td></tr>
  </table></body></html>`;

describe("a box's caption over a line break", () => {
  it('labels the line after the break', async () => {
    const { reading } = await readInHappyDom(page, 'https://hh.example.org/poc/77140/print', extractClientContext);
    expect(reading?.name).toMatch(/^Ruthanne G\.? Vasquez-Tillman$/);
    expect(reading?.mrn).toBe('HC-77140');
    expect(reading?.dob).toBe('1940-12-19');
  });
});
