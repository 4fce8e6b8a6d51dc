import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { parseName } from '../../../src/context/parse/names';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR sandbox's try-it page: the calling app under a "Client:" caption beside the response's Patient JSON. Markup
 * of our own, synthetic people.
 */
const patient = { resourceType: 'Patient', id: 'pq-7701', identifier: [{ type: { text: 'MRN' }, value: '550912' }], name: [{ use: 'official', family: 'Thorne', given: ['Mireille', 'Anne'] }], gender: 'female', birthDate: '1983-06-21' };
const page = `<!DOCTYPE html><html><head><title>Try It</title></head><body>
  <div><h3>Request</h3><p><code>GET /api/FHIR/R4/Patient/pq-7701</code></p><p>Client: Harbor Notes Demo App (sandbox)</p></div>
  <div><h3>Response 200</h3><pre>${JSON.stringify(patient, null, 2)}</pre></div></body></html>`;

describe('the app named under a "Client:" caption', () => {
  it('is no name, so the shown Patient is read', async () => {
    const { reading } = await readInHappyDom(page, 'https://dev.sandbox.example/TryIt?api=Patient.Read', extractClientContext);
    expect(reading?.name).toBe('Mireille Anne Thorne');
    expect(reading?.mrn).toBe('550912');
  });

  it('is not parsed as a name', () => {
    expect(parseName('Harbor Notes Demo App')).toBeNull();
    expect(parseName('Clinical Application')).toBeNull();
  });
});
