import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A value cell lists several typed identifiers, one per line broken by <br>: the record number ends at its line's end,
 * never reads on into the next line's identifier type (line-bound-value.ts). Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://apps.example.org/summary/?launch=q1', extractClientContext)).reading;
const card = (ids: string) =>
  `<!DOCTYPE html><html><body><h2>Patient</h2><table>
  <tr><td>name</td><td>Hedda Marit Oyelaran</td></tr>
  <tr><td>ids</td><td>${ids}</td></tr>
  <tr><td>gender</td><td>female</td></tr>
  <tr><td>birthDate</td><td>1971-02-14</td></tr></table></body></html>`;

describe('a labelled value ends at its line break', () => {
  it('reads the record number alone when a line of another identifier type follows', async () => {
    const r = await read(card('Medical Record Number: 5521-0093-4 <br>Passport Number: X44120931'));
    expect(r).toMatchObject({ name: 'Hedda Marit Oyelaran', mrn: '5521-0093-4', dob: '1971-02-14' });
  });

  it('keeps a value that fills its own line', async () => {
    const r = await read(card('Medical Record Number: 5521-0093-4'));
    expect(r).toMatchObject({ mrn: '5521-0093-4' });
  });
});
