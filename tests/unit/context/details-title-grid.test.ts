import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A face sheet's section "Patient Information" prints the name in parts as one head row over one value
 * row ("Last Name | First Name | DOB" over "VANTERPOOL | ODILE | 1951-02-17"): the heading says whose
 * details they are, so each head cell labels the cell below it (stacked-grid.ts). The same two rows
 * under a search's heading are a list of one and name nobody. Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Referral</title></head><body><h1>Referral packet</h1><h2>${heading}</h2>` +
  '<table><tr><th>Last Name</th><th>First Name</th><th>DOB</th><th>Sex</th></tr><tr><td>VANTERPOOL</td><td>ODILE</td><td>1951-02-17</td><td>Female</td></tr></table>' +
  '<table><tr><th>Chart No.</th><td>HX-40718</td></tr></table><p>Referred by Dr. Amos Quarrie</p></body></html>';
const read = async (html: string) => (await readInHappyDom(html, 'https://intake.example.org/referrals/77', extractClientContext)).reading;

describe('a head row over one value row under a details heading', () => {
  it('reads the name parts below their captions', async () => {
    for (const heading of ['Patient Information', 'Resident Demographics', "Client's Details"]) {
      expect(await read(page(heading)), heading).toMatchObject({ name: 'Odile Vanterpool', dob: '1951-02-17', sex: 'F' });
    }
  });

  it('names nobody under a search heading', async () => {
    expect((await read(page('Search results')))?.name).toBeUndefined();
  });
});
