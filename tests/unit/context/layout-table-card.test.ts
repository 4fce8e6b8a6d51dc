import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A legacy practice-management screen laid out as a one-row table: the patient card in the left cell as <br> lines,
 * the work area in the right cell with a headed table of its own. Markup of our own.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://pm.example.org/ledger.aspx?acct=5521', extractClientContext)).reading;
const card = '<b>FERREIRA, Lucia</b><br>FEMALE<br>09/14/1958 (68 yrs)<br>MRN 001772450<br>Home: 555-208-4410';
const work = '<h3>Payments</h3><table><tr><th>Date</th><th>Method</th><th>Posted by</th><th>Amount</th></tr><tr><td>11/02/2026</td><td>Check</td><td>Omar Haddad</td><td>$40.00</td></tr><tr><td>10/01/2026</td><td>Card</td><td>Omar Haddad</td><td>$25.00</td></tr></table>';

describe('a patient card in a layout table cell beside a headed table nested in the next cell', () => {
  it('is read: the nested table heads its own rows, not the layout row', async () => {
    expect(await read(`<table width="100%"><tr><td>${card}</td><td>${work}</td></tr></table>`)).toMatchObject({ name: 'Lucia Ferreira', mrn: '001772450', dob: '1958-09-14', sex: 'F' });
  });

  it('is still a record row when the card itself sits under the table\'s own headers', async () => {
    const headed = `<table><tr><th>Summary</th><th>Notes</th></tr><tr><td>${card}</td><td>Seen by Omar Haddad</td></tr><tr><td>x</td><td>y</td></tr></table>`;
    expect((await read(headed))?.mrn).toBeUndefined();
  });
});
