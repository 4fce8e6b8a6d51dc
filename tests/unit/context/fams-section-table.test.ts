import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A request form gives each party a titled box of label rows in a table ("<div><h3>Requesting provider</h3><table>…"):
 * the name labelled in the provider's box is the provider's (others.ts inOthersSection), however the parser wraps the
 * rows in a <tbody>. Markup of our own, synthetic people.
 */
describe("a name labelled in another party's titled table", () => {
  it("is that party's, and the member's box is read", async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Authorization request</title></head><body>
       <div class="sec"><h3>Member</h3><table><tr><td>Member name</td><td>QUINTANA, ROSARIO M</td><td>Member ID</td><td>ZQ7730019</td></tr>
       <tr><td>Date of birth</td><td>02/17/1950</td><td>Gender</td><td>F</td></tr></table></div>
       <div class="sec"><h3>Requesting provider</h3><table><tr><td>Name</td><td>Oskar Lindahl</td><td>NPI</td><td>1457788123</td></tr>
       <tr><td>Phone</td><td>(505) 555-0130</td></tr></table></div></body></html>`,
      'https://providers.example.org/auth/new/88',
      extractClientContext,
    );
    expect(reading).toMatchObject({ name: 'Rosario M. Quintana', mrn: 'ZQ7730019', dob: '1950-02-17', sex: 'F' });
  });
});
