import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A health information exchange's patient lookup opens the match the user picked and lists the candidates it did not
 * pick under a heading that says so (other-records.ts): their names, birth dates and exchange ids are theirs, and the
 * page still shows its one patient. Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Exchange record</title></head><body>
   <div class="bar">Signed in: Halvard Quist (Northmoor Clinic)</div>
   <h1>ASHDOWN-PRYCE, TOVE LINNEA</h1>
   <table><tr><td>Birth Date</td><td>1969-05-17</td><td>Sex</td><td>F</td></tr>
   <tr><td>Telephone</td><td>503-555-0162</td><td>Address</td><td>40 Larch Row, Salem OR</td></tr></table>
   <h2>${heading}</h2>
   <ul><li>ASHDOWN, TOMAS · 1971-02-02 · XCH-0041187</li><li>ASHDOWN, TESSA · 1998-11-30 · XCH-0043390</li></ul>
   </body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hie.example.org/record?id=XCH-0040012', extractClientContext)).reading;

describe("a lookup's unselected matches", () => {
  it('are other people beside the picked record, not a list of clients', async () => {
    for (const heading of ['Other matches (not selected)', 'Other possible candidates']) {
      const r = await read(page(heading));
      expect(r?.name, heading).toBe('Tove Linnea Ashdown-Pryce');
      expect(r?.dob, heading).toBe('1969-05-17');
    }
  });

  it('a heading that does not set them apart leaves the page a list', async () => {
    expect(await read(page('Matches'))).toBeNull();
  });
});
