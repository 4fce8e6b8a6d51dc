import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An Encounter shown with no Patient: its subject is the client (fhir-encounter-subject.ts). Markup of our own, synthetic people. */
const encounter = (subject: object, more: object = {}) => ({
  resourceType: 'Encounter',
  id: 'e-71',
  status: 'in-progress',
  class: { code: 'IMP' },
  subject,
  participant: [{ individual: { reference: 'Practitioner/pr-4', display: 'Dr. Ilse Brandvold' } }],
  period: { start: '2026-10-03T06:40:00-04:00' },
  location: [{ location: { display: '6 East, Bed 14' }, status: 'active' }],
  ...more,
});
const page = (json: object) => `<!DOCTYPE html><html><head><title>Encounter</title></head><body><h1>Encounter</h1><pre>${JSON.stringify(json, null, 2)}</pre></body></html>`;
const read = async (json: object) => (await readInHappyDom(page(json), 'https://fhir.example.org/r4/Encounter/e-71', extractClientContext)).reading;
const amara = { reference: 'Patient/p-90', display: 'Okafor-Lind, Amara', identifier: { type: { coding: [{ code: 'MR' }] }, value: 'TX-40221' } };

describe('an Encounter shown without its Patient', () => {
  it("names its subject as the client, with the stay and the place", async () => {
    expect(await read(encounter(amara))).toMatchObject({ name: 'Amara Okafor-Lind', mrn: 'TX-40221', admitDate: '2026-10-03', location: '6 East, Bed 14' });
  });

  it('names no one when the Encounters shown are about different patients', async () => {
    const bundle = { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: encounter(amara) }, { resource: encounter({ reference: 'Patient/p-91', display: 'Brandt, Wilhelm' }) }] };
    expect(await read(bundle)).toBeNull();
  });

  it('names no one for a subject that is not a Patient', async () => {
    expect(await read(encounter({ reference: 'Group/g-2', display: 'Cardiac Rehab Cohort' }))).toBeNull();
  });
});
