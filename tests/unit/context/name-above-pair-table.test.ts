import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A profile prints 'Family, Given (number)' above a facts table of two label/value pairs a row: the birth date
 * that anchors the name is one cell of a row, and the name is still the line right above the table
 * (first-text-name.ts). Markup of our own.
 */
const page = `<!DOCTYPE html><html><head><title>Profile</title></head><body>
<div class="bar">Cedar Hollow Care Center &middot; User: tlinn (Tamsin Linn, RN)</div>
<div class="card">
 <div class="title">Okoro, Bartholomew Ike (771023)</div>
 <table>
  <tr><td>Status:</td><td>Current</td><td>Unit:</td><td>Aspen 2 Room 208-B</td></tr>
  <tr><td>Sex:</td><td>Male</td><td>Birth date:</td><td>9/30/1940</td></tr>
  <tr><td>Physician:</td><td>Lindqvist, Hanne MD</td><td>Admitted:</td><td>11/3/2026</td></tr>
 </table>
</div>
</body></html>`;

describe('a name above a facts table of two pairs a row', () => {
  it('is read with the number bracketed after it', async () => {
    const r = (await readInHappyDom(page, 'https://ltc.example.org/resident/profile', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Bartholomew Ike Okoro', mrn: '771023', dob: '1940-09-30', sex: 'M' });
  });
});
