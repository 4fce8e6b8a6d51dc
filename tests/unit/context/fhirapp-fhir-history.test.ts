import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A FHIR viewer printing a resource's history: versions of one Patient, the newest after a change of name (fhir-history.ts). Markup of our own. */
const URL = 'https://viewer.example.org/browse/Patient/hx-40/_history';
const version = (v: string, family: string, phone: string, id = 'hx-40') => ({
  fullUrl: `https://fhir.example.org/Patient/${id}`,
  resource: { resourceType: 'Patient', id, meta: { versionId: v }, identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'HX-000040' }], name: [{ family, given: ['Ottilie'] }], telecom: [{ system: 'phone', value: phone }], gender: 'female', birthDate: '1988-03-14' },
});
const read = (entries: unknown[]) => {
  const html = `<!DOCTYPE html><html><body><h2>History</h2><pre>${JSON.stringify({ resourceType: 'Bundle', type: 'history', entry: entries }, null, 2)}</pre></body></html>`;
  return extractClientContext(new DOMParser().parseFromString(html, 'text/html'), URL);
};

describe("a resource's history bundle", () => {
  it('reads the newest version of the one record', async () => {
    expect(await read([version('3', 'Strandqvist', '(651) 555-0140'), version('2', 'Eide', '(651) 555-0101'), version('1', 'Eide', '(651) 555-0101')])).toMatchObject({ name: 'Ottilie Strandqvist', phone: '(651) 555-0140', mrn: 'HX-000040' });
  });

  it('reads nobody from the history of several records', async () => {
    expect(await read([version('3', 'Strandqvist', '(651) 555-0140'), version('1', 'Gravdal', '(651) 555-0177', 'hx-41')])).toBeNull();
  });
});
