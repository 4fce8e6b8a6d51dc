import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A fax cover's table gives each party (To, CC, From) a row with its phone beside its name; the client appears only
 * in the reference line and the panel the fax was filed to, so no party's phone is the client's (party-row.ts).
 * Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Incoming fax</title></head><body>
  <div class="cover">
    <h1>FAX</h1>
    <table>
      <tr><td>To:</td><td>Hillcrest Internal Medicine</td><td>Fax:</td><td>(608) 555-0140</td></tr>
      <tr><td>From:</td><td>Lakeview Podiatry, Joanne Ferris</td><td>Phone:</td><td>(608) 555-0162</td></tr>
      <tr><td>Re:</td><td colspan="3">Visit note – ODUYA, BENEDICT (DOB 09/14/1950)</td></tr>
    </table>
  </div>
  <aside>
    <h2>Filed to chart</h2>
    <p>Patient: Oduya, Benedict</p>
    <p>MRN: HIM-440217</p>
    <p>DOB: 09/14/1950</p>
  </aside></body></html>`;

describe("a phone in a cover sheet's party row", () => {
  it("is the party's, never the client's", async () => {
    const { reading } = await readInHappyDom(page, 'https://ehr.example.org/documents/77120', extractClientContext);
    expect(reading?.name).toBe('Benedict Oduya');
    expect(reading?.mrn).toBe('HIM-440217');
    expect(reading?.phone).toBeUndefined();
  });
});
