import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "Acct #" / "Account #" is the record number only when the page shows no better identifier, and never preferred
 * to one (labels.ts, weak; the generator's case.ts keeps to the same rule). Markup of our own.
 */
const page = (ids: string) => `<header class="app-header"><span class="brand">Practice</span> <span class="user">Signed in: Mara Quist</span></header>
<main><table class="demographics"><tr><th>Patient</th><td>Halvorsen, Ingeborg</td></tr>${ids}<tr><th>DOB</th><td>08/19/1948</td></tr></table></main>`;
const read = async (ids: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${page(ids)}</body></html>`, 'https://pm.example.org/chart/4471', extractClientContext)).reading;

describe('an account number', () => {
  it('is the record number when the page shows no other', async () => {
    expect(await read('<tr><th>Acct #</th><td>88410233</td></tr>')).toMatchObject({ name: 'Ingeborg Halvorsen', mrn: '88410233', dob: '1948-08-19' });
  });

  it('yields to a more specific identifier, before or after it', async () => {
    expect(await read('<tr><th>Account #</th><td>88410233</td></tr><tr><th>MR#</th><td>A-20931</td></tr>')).toMatchObject({ mrn: 'A-20931' });
    expect(await read('<tr><th>Chart #</th><td>A-20931</td></tr><tr><th>Acct #</th><td>88410233</td></tr>')).toMatchObject({ mrn: 'A-20931' });
  });
});
