import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A visit-centred app addressing the encounter, its patient shown only as "Ines V.". Markup of our own, synthetic people. */
const patient = (id: string, given: string, family: string, mrn: string, birthDate: string) => ({
  resourceType: 'Patient',
  id,
  identifier: [{ type: { coding: [{ code: 'MR' }] }, value: mrn }],
  name: [{ given: [given], family }],
  birthDate,
  gender: 'female',
});
const state = {
  recent: [patient('pa-1', 'Ines', 'Vollmer', 'Q-100231', '1990-01-04')],
  chart: {
    patient: patient('pa-2', 'Ines', 'Varga-Lind', 'Q-100877', '1985-06-21'),
    encounter: { resourceType: 'Encounter', id: 'V-3310', status: 'in-progress', class: { code: 'IMP' }, subject: { reference: 'Patient/pa-2' }, period: { start: '2026-11-30T08:00:00Z' } },
  },
};
const page = `<!DOCTYPE html><html><head><title>Visit</title></head><body><div class="pill">Ines V. • 41 y</div><p>Care plan pending.</p>
<script type="application/json" id="store">${JSON.stringify(state)}</script></body></html>`;
const read = async (url: string) => (await readInHappyDom(page, url, extractClientContext)).reading;

describe('encounter routed', () => {
  it('reads the patient of the encounter the address opens', async () => {
    expect(await read('https://ward.example.org/encounters/V-3310/plan')).toMatchObject({ name: 'Ines Varga-Lind', mrn: 'Q-100877', dob: '1985-06-21' });
  });

  it('reads nobody when the address opens no stored encounter', async () => {
    expect(await read('https://ward.example.org/encounters/V-9999/plan')).toBeNull();
  });
});
