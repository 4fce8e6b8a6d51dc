import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A disability provider's face sheet names the home the client lives in as its "Site", beside the admission to it
 * (residential-site.ts): the stay's place. Without an admission a site names no stay. Markup of our own, synthetic
 * people.
 */
const sheet = (admission: string) => `<!DOCTYPE html><html><head><title>Face Sheet</title></head><body>
  <table border="1">
    <tr><td>Last Name</td><td>Quarles</td><td>First Name</td><td>Ines</td></tr>
    <tr><td>Individual ID</td><td>IND-77120</td><td>Birth Date</td><td>12/01/1984</td></tr>
    <tr><td>Program</td><td>Supported Living Services</td><td>Site</td><td>Hawthorn Court Home</td></tr>
    ${admission}
  </table></body></html>`;

const read = async (admission: string) => (await readInHappyDom(sheet(admission), 'https://dd.example.org/ind/IND-77120/face', extractClientContext)).reading;

describe("a face sheet's site", () => {
  it("is the place of the client's stay beside the admission", async () => {
    const reading = await read('<tr><td>Admission Date</td><td>03/09/2019</td><td>Discharge Date</td><td></td></tr>');
    expect(reading?.admitDate).toBe('2019-03-09');
    expect(reading?.location).toBe('Hawthorn Court Home');
  });

  it('names no place without a stay', async () => {
    expect((await read(''))?.location).toBeUndefined();
  });
});
