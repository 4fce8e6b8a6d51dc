import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Normalised stores (Redux Toolkit's entity adapter, normalizr's byId maps) hold many patients; only
 * the one a selection key or the page's address names is read (app-selected.ts). Markup of our own;
 * the reading cases fail without the rule, the others guard against reading anyone else.
 */
const people = {
  a: { id: 'p-1', firstName: 'Corisande', lastName: 'Mbeki-Strand', mrn: 'WX-55120', dateOfBirth: '1957-04-12', phoneNumber: '(555) 410-2231' },
  b: { id: 'p-2', firstName: 'Alaric', lastName: 'Thorsby', mrn: 'WX-55398', dateOfBirth: '1944-11-30' },
};
const banner = (name: string) => `<header><span>Signed in: Ottoline Farr</span></header><section aria-label="Patient"><h1>${name}</h1><div>MRN •••• 5120</div></section>`;
const page = (state: object, name = 'Corisande Mbeki-Strand') => `<!DOCTYPE html><html><body>${banner(name)}<script>window.__PRELOADED_STATE__ = ${JSON.stringify(state)};</script></body></html>`;
const adapter = (extra: object) => ({ patients: { ids: ['p-1', 'p-2'], entities: { 'p-1': people.a, 'p-2': people.b }, ...extra } });
const read = async (html: string, url = 'https://app.example.org/chart') => (await readInHappyDom(html, url, extractClientContext)).reading;

describe('a normalised store with several patients', () => {
  it('reads the one its selection key names', async () => {
    expect(await read(page(adapter({ selectedPatientId: 'p-1' })))).toMatchObject({ name: 'Corisande Mbeki-Strand', mrn: 'WX-55120', dob: '1957-04-12', phone: '(555) 410-2231' });
    expect(await read(page({ ...adapter({}), ui: { currentPatientId: 'p-1' } }))).toMatchObject({ mrn: 'WX-55120' });
    expect(await read(page(adapter({ selectedId: 'p-1' })))).toMatchObject({ mrn: 'WX-55120' });
  });

  it('reads the one the address names when nothing is selected (normalizr byId)', async () => {
    const state = { entities: { patients: { byId: { '4410': { ...people.a, id: '4410' }, '4521': { ...people.b, id: '4521' } }, allIds: ['4410', '4521'] } } };
    expect(await read(page(state), 'https://app.example.org/patients/4410/overview')).toMatchObject({ mrn: 'WX-55120', dob: '1957-04-12' });
    expect((await read(page(state), 'https://app.example.org/patients'))?.mrn).toBeUndefined();
    expect((await read(page(state), 'https://app.example.org/compare/4410/4521'))?.mrn).toBeUndefined();
  });

  it('never reads a patient nothing selects, nor a selected one the page does not show', async () => {
    expect((await read(page(adapter({ selectedPatientId: null }))))?.mrn).toBeUndefined();
    expect((await read(page(adapter({ recentPatientIds: ['p-1'] }))))?.mrn).toBeUndefined();
    const other = await read(page(adapter({ selectedPatientId: 'p-2' })));
    expect(other?.mrn).toBeUndefined();
    expect(other?.name).not.toBe('Alaric Thorsby');
  });

  it('never takes a selection from an unrelated slice', async () => {
    expect((await read(page({ ...adapter({}), tabs: { selectedId: 'p-1' } })))?.mrn).toBeUndefined();
  });
});

describe('app state in the root element\'s attribute (Inertia data-page, data-state)', () => {
  const attr = (name: string, state: object) => `<!DOCTYPE html><html><body><div id="app" ${name}="${JSON.stringify(state).replace(/"/g, '&quot;')}">${banner('Corisande Mbeki-Strand')}</div></body></html>`;

  it('reads the selected patient from it', async () => {
    expect(await read(attr('data-page', { component: 'Patients/Show', props: adapter({ selectedPatientId: 'p-1' }) }))).toMatchObject({ mrn: 'WX-55120', dob: '1957-04-12' });
    expect(await read(attr('data-state', { patient: { current: people.a } }))).toMatchObject({ mrn: 'WX-55120' });
  });

  it('finds the root under any number of wrappers of one child each', async () => {
    const wrapped = (html: string) => html.replace('<body>', '<body><div><div><div><div><div>').replace('</body>', '</div></div></div></div></div></body>');
    expect(await read(wrapped(attr('data-page', { component: 'Patients/Show', props: adapter({ selectedPatientId: 'p-1' }) })))).toMatchObject({ mrn: 'WX-55120', dob: '1957-04-12' });
    expect((await read(wrapped(attr('data-page', { props: adapter({}) }))))?.mrn).toBeUndefined();
  });

  it('never reads a patient nothing selects there, nor an attribute it does not know', async () => {
    expect((await read(attr('data-page', { props: adapter({}) })))?.mrn).toBeUndefined();
    expect((await read(attr('data-tooltip', { patient: { current: people.a } })))?.mrn).toBeUndefined();
  });
});
