import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Two identifier labels on one banner chip without colons ("Acct Nbr 9920114 MRN 4410233"): each value is its own
 * label's, and the account number yields to the record number (run-on-labels.ts; "Nbr" spells a number, labels.ts).
 * Markup of our own.
 */
const read = async (chip: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Chart</title></head><body><div class="topbar">User: Dana Sweeney</div>
<div class="patient-banner"><h1>Ingeborg Halvorsen</h1><div>${chip} · DOB 08/19/1948 · F</div></div><main><p>Visit notes.</p></main></body></html>`,
      'https://ehr.example.org/chart/88120',
      extractClientContext,
    )
  ).reading;

describe('two identifier labels run together on one banner chip', () => {
  it('reads the record number after an account number', async () => {
    expect(await read('Acct Nbr 9920114 MRN 4410233')).toMatchObject({ name: 'Ingeborg Halvorsen', mrn: '4410233', dob: '1948-08-19' });
  });

  it('reads the record number before an account number', async () => {
    expect(await read('MRN 4410233 Acct Nbr 9920114')).toMatchObject({ mrn: '4410233' });
  });

  it('takes a bare "Acct Nbr" as the record number when the page shows no other', async () => {
    expect(await read('Acct Nbr 9920114')).toMatchObject({ mrn: '9920114' });
  });

  it('lets a "Person Nbr" yield to the MRN below the banner too', async () => {
    const r = (
      await readInHappyDom(
        `<!DOCTYPE html><html><body><div class="ptinfo"><div class="cell"><div><b>Halvorsen, Ingrid M</b></div><div>Sex: F &nbsp; DOB: 04/25/1958</div></div>
<div class="cell"><div>Person Nbr: 100482263</div><div>MRN: CMG-0061942</div></div></div></body></html>`,
        'https://ehr.example.org/chart/88120',
        extractClientContext,
      )
    ).reading;
    expect(r).toMatchObject({ mrn: 'CMG-0061942' });
  });
});
