import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { nameWordsWithin } from '../../../src/context/generic/name-words-within';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A launched app's thin banner names the patient by initial ("Patient: R. Quintero-Vale") while its state holds the
 * Patient resource (weigh.ts: a labelled name alone yields to the state's shown person; name-words-within.ts: the
 * banner's text run on into a hint beside the name is the same name). Markup of our own, synthetic people.
 */
const STATE = {
  patient: { resourceType: 'Patient', id: 'p-7', identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'LV-2203917' }], name: [{ family: 'Quintero-Vale', given: ['Rosalind'] }], gender: 'female', birthDate: '1948-05-02' },
  practitioner: { resourceType: 'Practitioner', id: 'pr-2', name: [{ family: 'Okafor', given: ['Bede'] }] },
};
const page = (banner: string, state: object = STATE) =>
  `<!DOCTYPE html><html><head><title>Transitions</title></head><body><header><span>Lakeview SMART</span><span>Signed in: Bede Okafor, RN</span></header>` +
  `<main><div class="banner">${banner}</div><section><h2>Referrals</h2><p>Two pending.</p></section></main>` +
  `<script type="application/json" id="launch">${JSON.stringify(state)}</script></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://apps.lakeview.example/transitions', extractClientContext)).reading;

describe('a banner that names the patient by initial over the app state', () => {
  it('reads the state person it abbreviates', async () => {
    expect(await read(page('<span>Patient: R. Quintero-Vale</span>'))).toMatchObject({ name: 'Rosalind Quintero-Vale', mrn: 'LV-2203917', dob: '1948-05-02' });
  });

  it('and so with a hint beside the name in the banner', async () => {
    expect(await read(page('<span>Patient: R. Quintero-Vale</span> <span class="muted">launched from EHR</span>'))).toMatchObject({ name: 'Rosalind Quintero-Vale', mrn: 'LV-2203917' });
  });

  it('never a state person the banner does not name', async () => {
    const other = { ...STATE, patient: { ...STATE.patient, name: [{ family: 'Marsh', given: ['Delia'] }] } };
    expect(await read(page('<span>Patient: R. Quintero-Vale</span>', other))).toBeNull();
  });
});

it('nameWordsWithin: one name\'s words among the other\'s, in any order', () => {
  expect(nameWordsWithin('Quintero-Vale R.', 'R. Quintero-Vale launched from Ehr')).toBe(true);
  expect(nameWordsWithin('Quintero-Vale R.', 'Quintero-Vale Rosalind')).toBe(false);
});
