import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A case banner that masks the record number to its tail while the app state holds the person whole, and a
 * household member beside them (masked-id-shown.ts). Markup of our own, synthetic people.
 */
const person = (id: string, mrn: string, given: string, birthDate: string) => ({
  resourceType: 'Patient',
  id,
  identifier: [{ type: { coding: [{ code: 'MR' }] }, value: mrn }],
  name: [{ family: 'Okonkwo', given: [given] }],
  birthDate,
});
const STATE = { case: { id: 'c-2231', subject: person('p-1', 'HV-7734412', 'Chidi', '1949-10-02'), household: [person('p-2', 'HV-7734498', 'Ngozi', '1952-03-19')] } };
const page = (banner: string) =>
  `<!DOCTYPE html><html><head><title>Case</title></head><body><header><span>Harbor Connect</span><span>Jordan Pike, RN</span></header>` +
  `<main><div class="case-banner">${banner}</div><p>Household: 2 members</p></main>` +
  `<script>window.__APP_STATE__ = ${JSON.stringify(STATE)};</script></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://connect.harbor.example/case/c-2231', extractClientContext)).reading;

describe('a record number the banner masks to its tail', () => {
  it('names the one person of the app state whose number ends so', async () => {
    expect(await read(page('Case c-2231 · ******4412'))).toMatchObject({ name: 'Chidi Okonkwo', mrn: 'HV-7734412', dob: '1949-10-02' });
    expect(await read(page('Case c-2231 · MRN •••• 4412'))).toMatchObject({ name: 'Chidi Okonkwo' });
  });

  it('names nobody when no one\'s number ends so, or the mask is a social security number\'s', async () => {
    expect(await read(page('Case c-2231 · ******4400'))).toBeNull();
    expect(await read(page('Case c-2231 · SSN ***-**-4412'))).toBeNull();
  });
});
