import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A patient's account: details in a table, then charges whose "Patient" column names the patient on each row. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://billing.example.com/account/4410', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;
const details = '<table><tr><td>Patient Name</td><td>Raghunathan, Devika</td></tr><tr><td>Patient No.</td><td>4410</td></tr><tr><td>Birthdate</td><td>09/14/1988</td></tr></table>';
const ledger = (a: string, b: string) => `<table border="1"><tr><th>Date</th><th>Patient</th><th>Code</th><th>Amount</th></tr><tr><td>10/02/2026</td><td>${a}</td><td>D0120</td><td>58.00</td></tr><tr><td>10/16/2026</td><td>${b}</td><td>D1110</td><td>104.00</td></tr></table>`;

describe('a table whose patient column names one person on every row', () => {
  it('is that person\'s entries, not a list of clients', async () => {
    expect(await read(details + ledger('Devika', 'Devika'))).toMatchObject({ name: 'Devika Raghunathan', mrn: '4410', dob: '1988-09-14' });
  });

  it('stays a list when its rows name different people', async () => {
    expect(await read(details + ledger('Devika', 'Arjun'))).toBeNull();
  });
});
