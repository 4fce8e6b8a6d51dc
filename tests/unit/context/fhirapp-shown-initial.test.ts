import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** App state holding a FHIR Patient while the banner prints the given name as an initial (shown-initial.ts). Markup of our own. */
const URL = 'https://coord.example.org/worklist/current';
const patient = {
  resourceType: 'Patient',
  id: 'x-1',
  identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'QX-40021' }],
  name: [{ family: 'Marchbanks-Oyo', given: ['Evadne'] }],
  gender: 'female',
  birthDate: '1950-06-03',
};
const page = (banner: string) =>
  `<!DOCTYPE html><html><body><header><h1>${banner}</h1><span>MRN ***0021</span></header><main><p>Open tasks: 2</p></main>` +
  `<script type="application/json" id="state">${JSON.stringify({ session: { user: 'nurse' }, patient })}</script></body></html>`;
const read = (banner: string) => extractClientContext(new DOMParser().parseFromString(page(banner), 'text/html'), URL);

describe('a stored patient whose banner shows an initial for the given name', () => {
  it('is read when the initial with its period leads the family name', async () => {
    expect(await read('E. Marchbanks-Oyo')).toMatchObject({ name: 'Evadne Marchbanks-Oyo', mrn: 'QX-40021', dob: '1950-06-03' });
  });

  it('is read from the chart form, family name first', async () => {
    expect((await read('MARCHBANKS-OYO, E.'))?.name).toBe('Evadne Marchbanks-Oyo');
  });

  it('is not read when another initial stands before the family name', async () => {
    expect(await read('R. Marchbanks-Oyo')).toBeNull();
  });

  it('is not read from the family name alone', async () => {
    expect(await read('Marchbanks-Oyo household')).toBeNull();
  });
});
