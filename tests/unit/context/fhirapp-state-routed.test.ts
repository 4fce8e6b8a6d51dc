import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A thin SPA banner, the store holding the opened patient beside recent ones; the address says which (state-routed.ts). Markup of our own. */
const fhir = (id: string, family: string, given: string, birthDate: string, mrn: string) => ({
  resourceType: 'Patient',
  id,
  identifier: [{ type: { coding: [{ code: 'MR' }] }, value: mrn }],
  name: [{ family, given: [given] }],
  gender: 'male',
  birthDate,
});
const state = {
  patients: { byId: { 'pt-5521': fhir('pt-5521', 'Quillfeather', 'Anselm', '1944-02-09', 'QF-5521'), 'pt-6630': fhir('pt-6630', 'Brackwater', 'Osric', '1961-10-30', 'QF-6630') } },
};
const html = `<!DOCTYPE html><html><body><div class="banner"><span>Member pt-5521</span><span>82 y</span></div><aside><a href="#">Recent (2)</a></aside>
<script>window.__INITIAL_STATE__ = ${JSON.stringify(state)};</script></body></html>`;
const read = (url: string) => extractClientContext(new DOMParser().parseFromString(html, 'text/html'), url);

describe('a stored patient the address opens', () => {
  it('is read from the store when the route names its id', async () => {
    expect(await read('https://app.example.org/#/patients/pt-5521/summary')).toMatchObject({ name: 'Anselm Quillfeather', mrn: 'QF-5521', dob: '1944-02-09' });
  });

  it('is the other record when the route names the other id', async () => {
    expect((await read('https://app.example.org/members/pt-6630'))?.name).toBe('Osric Brackwater');
  });

  it('is nobody when the route names no stored record', async () => {
    expect(await read('https://app.example.org/patients/pt-9999')).toBeNull();
    expect(await read('https://app.example.org/caseload')).toBeNull();
  });
});
