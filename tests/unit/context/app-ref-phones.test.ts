import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An Apollo cache whose patient links its phones as a list of typed records. Markup of our own, synthetic people. */
const cache = {
  'Phone:1': { __typename: 'Phone', number: '(208) 555-0190', kind: 'WORK' },
  'Phone:2': { __typename: 'Phone', number: '(208) 555-0147', kind: 'MOBILE' },
  'Patient:44': { __typename: 'Patient', id: '44', mrn: 'BX-44102', firstName: 'Leontyne', lastName: 'Abara', dateOfBirth: '1966-10-10', phones: [{ __ref: 'Phone:1' }, { __ref: 'Phone:2' }] },
  ROOT_QUERY: { 'patient({"id":"44"})': { __ref: 'Patient:44' } },
};
const page = `<!DOCTYPE html><html><head><title>Chart</title></head><body><div class="hdr">Leontyne Abara · 60 y</div><p>Notes.</p>
<script>window.__APOLLO_STATE__=${JSON.stringify(cache)};</script></body></html>`;

describe('phones linked by reference', () => {
  it('reads the mobile number of the linked list', async () => {
    expect((await readInHappyDom(page, 'https://chart.example.org/p/44', extractClientContext)).reading).toMatchObject({ name: 'Leontyne Abara', phone: '(208) 555-0147' });
  });
});
