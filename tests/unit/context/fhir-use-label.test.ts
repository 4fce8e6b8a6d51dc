import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR explorer's table: one row per name use and per identifier type, the use or type in brackets after the label.
 * Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Patient pt-5512</title></head><body>
  <table>
    <tr><th colspan="2">Patient</th></tr>
    <tr><td>Name (maiden)</td><td>Theodora Ruth Vance</td></tr>
    <tr><td>Name (official)</td><td>Theodora Ruth Okoye-Vance</td></tr>
    <tr><td>Name (usual)</td><td>Teddy Okoye</td></tr>
    <tr><td>Identifier (PPN, US)</td><td>X44102938</td></tr>
    <tr><td>Identifier (MR, Riverside Clinic)</td><td>RC-770412</td></tr>
    <tr><td>Gender</td><td>female</td></tr>
    <tr><td>Birth Date</td><td>1974-08-02</td></tr>
  </table></body></html>`;

describe("a FHIR row label's name use or identifier type", () => {
  it('reads the official name and the MR identifier', async () => {
    const { reading } = await readInHappyDom(page, 'https://fhir-explorer.example.org/Patient/pt-5512', extractClientContext);
    expect(reading?.name).toBe('Theodora Ruth Okoye-Vance');
    expect(reading?.mrn).toBe('RC-770412');
    expect(reading?.dob).toBe('1974-08-02');
  });
});
