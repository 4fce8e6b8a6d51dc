import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A document's payer table under column heads, one row: the subscriber is the client's husband, with his own birth
 * date. The row is the plan's, never read as the client's line. Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Continuity of Care Document</title></head><body>
  <div><h1>Continuity of Care Document</h1>
  <table><tbody>
    <tr><td><span>Patient</span></td><td><span>Official: </span><span>Meera SANTHANAM</span></td><td><span>Contact info</span></td><td><p>12 Birch Way<br/>Paramus, NJ 07652</p><p>Tel (Mobile): 201-555-0143</p></td></tr>
    <tr><td><span>Date of birth</span></td><td>09 Mar 1992</td><td><span>Sex</span></td><td>Female</td></tr>
    <tr><td><span>Patient-IDs</span></td><td colspan="3">RV-0098812 (Ridgeview Family Medicine)</td></tr>
  </tbody></table>
  <table><tbody>
    <tr><td><span>Document Id</span></td><td colspan="3">rv-ccd-0098812</td></tr>
    <tr><td><span>Created on</span></td><td colspan="3">02 Dec 2026</td></tr>
    <tr><td><span>Documentation of</span></td><td>Care provision from 02 Dec 2025 to 02 Dec 2026</td><td><span>Performer</span></td><td>Lena Park, MD</td></tr>
    <tr><td><span>Author</span></td><td>Lena Park, MD</td><td><span>Contact info</span></td><td>Tel (Work): 201-555-0700</td></tr>
  </tbody></table></div>
  <div><div><h2>Table of Contents</h2><ul><li><a href="#a">Problems</a></li><li><a href="#b">Medications</a></li><li><a href="#c">Insurance</a></li></ul></div><hr/>
  <div><h3 id="a">Problems</h3><div><table><thead><tr><th>Problem</th></tr></thead><tbody><tr><td>Hypothyroidism</td></tr></tbody></table></div></div>
  <div><h3 id="b">Medications</h3><div><table><thead><tr><th>Medication</th><th>Directions</th><th>Start</th></tr></thead>
    <tbody><tr><td>Levothyroxine 50 mcg</td><td>Daily</td><td>2024</td></tr></tbody></table></div></div>
  <div><h3 id="c">Insurance</h3><div><table><thead><tr><th>Payer</th><th>Member ID</th><th>Subscriber</th><th>Subscriber DOB</th></tr></thead>
    <tbody><tr><td>Keystone BCBSPA</td><td>KBS771204431</td><td>Arjun Santhanam</td><td>02 Dec 1988</td></tr></tbody></table></div></div></div>
  </body></html>`;

describe("a payer table's one row under its column heads", () => {
  it("gives neither the subscriber's birth date nor the plan's number", async () => {
    const { reading } = await readInHappyDom(page, 'https://hie.example.org/ccd/view?doc=rv-ccd', extractClientContext);
    expect(reading?.name).toBe('Meera Santhanam');
    expect(reading?.dob).toBe('1992-03-09');
    expect(reading?.mrn).toBe('RV-0098812');
  });
});
