import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A FHIR Patient and its inpatient Encounter printed as JSON; the Encounter lists where the stay is (fhir-stay-location.ts). Markup of our own. */
const URL = 'https://fhir.example.org/viewer/Patient/vx-7';
const patient = { resourceType: 'Patient', id: 'vx-7', identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'VX-0007' }], name: [{ family: 'Tallowby', given: ['Crispin'] }], gender: 'male', birthDate: '1939-11-21' };
const encounter = (location: unknown[]) => ({ resourceType: 'Encounter', id: 'vx-e', status: 'in-progress', class: { code: 'IMP' }, subject: { reference: 'Patient/vx-7' }, period: { start: '2026-11-30T08:00:00Z' }, location });
const read = (location: unknown[]) => {
  const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient }, { resource: encounter(location) }] };
  const html = `<!DOCTYPE html><html><body><h1>Bundle</h1><pre>${JSON.stringify(bundle, null, 2)}</pre></body></html>`;
  return extractClientContext(new DOMParser().parseFromString(html, 'text/html'), URL);
};

describe("an Encounter's own location list", () => {
  it('gives the only location display as the stay location', async () => {
    expect(await read([{ location: { display: 'Harrow Infirmary, 2 East, Bed 6' } }])).toMatchObject({ name: 'Crispin Tallowby', admitDate: '2026-11-30', location: 'Harrow Infirmary, 2 East, Bed 6' });
  });

  it('gives the active one among several', async () => {
    const c = await read([{ location: { display: 'Emergency, Bay 3' }, status: 'completed' }, { location: { display: '2 East, Bed 6' }, status: 'active' }]);
    expect(c?.location).toBe('2 East, Bed 6');
  });

  it('gives none for several moves with none active, nor for a bare reference', async () => {
    expect((await read([{ location: { display: 'Emergency, Bay 3' } }, { location: { display: '2 East, Bed 6' } }]))?.location).toBeUndefined();
    expect((await read([{ location: { reference: 'Location/17' } }]))?.location).toBeUndefined();
  });
});
