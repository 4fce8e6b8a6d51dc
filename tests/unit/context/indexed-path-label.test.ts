import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR or API viewer's property table labels each value by its element path, repeated elements with their index
 * ('name[0]', 'identifier[0]', 'telecom[1]'): the index is no word of the label (labels.ts). Markup of our own,
 * synthetic people.
 */
const html =
  `<!DOCTYPE html><html><head><title>Resource</title></head><body><h2>Patient p-5521</h2><table>` +
  `<tr><td>identifier[0]</td><td>MRN | RV-5521044 (https://riverview.example/mrn)</td></tr>` +
  `<tr><td>name[0]</td><td>Halvorsen, Ingeborg</td></tr><tr><td>gender</td><td>female</td></tr>` +
  `<tr><td>birthDate</td><td>1977-01-29</td></tr><tr><td>telecom[0]</td><td>phone (mobile): 555-604-2219</td></tr></table></body></html>`;

describe("a property table's indexed element paths", () => {
  it('label their values', async () => {
    expect((await readInHappyDom(html, 'https://viewer.example.org/Patient/p-5521', extractClientContext)).reading).toMatchObject({
      name: 'Ingeborg Halvorsen',
      mrn: 'RV-5521044',
      dob: '1977-01-29',
      sex: 'F',
      phone: '555-604-2219',
    });
  });
});
