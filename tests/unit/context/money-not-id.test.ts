import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Practice-management headers print the account's balance beside the chart ("Acct Balance $12.40"): the 'Acct'
 * caption would take the balance for an account number, another record's number as far as the client goes.
 * Markup of our own.
 */
const read = async (status: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Billing workspace</title></head><body>
<div class="ws-user">User: Perpetua Lamb (Front desk)</div>
<table class="demographics"><tr><th>Patient</th><td>Szabo, Kornelia</td></tr><tr><th>Account</th><td>${status}</td></tr>
<tr><th>Date of Birth</th><td>02/09/1983</td></tr><tr><th>Gender</th><td>Female</td></tr></table>
</body></html>`,
      'https://billing.example.net/patients/demographics',
      extractClientContext,
    )
  ).reading;

describe('a sum of money', () => {
  it('is never read as the record number', async () => {
    const r = await read('Acct Balance $12.40');
    expect(r).toMatchObject({ name: 'Kornelia Szabo', dob: '1983-02-09' });
    expect(r?.mrn).toBeUndefined();
  });

  it('leaves an account number beside it read', async () => {
    expect(await read('7750213')).toMatchObject({ name: 'Kornelia Szabo', mrn: '7750213' });
  });
});
