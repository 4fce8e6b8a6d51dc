import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * How single-page frameworks hand their server state to the page, each its own way (structured.ts and
 * the files it calls). Markup of our own: a banner that shows the client's name and masks the record
 * number, the full record only in the state. Each reading case fails without its rule; the others
 * guard against reading anyone else.
 */
const banner = (name: string) => `<header><span>Signed in: Ottoline Farr</span></header><section aria-label="Patient"><h1>${name}</h1><div>MRN •••• 0412</div></section>`;
const page = (name: string, tail: string) => `<!DOCTYPE html><html><body>${banner(name)}${tail}</body></html>`;
const script = (js: string) => `<script>${js}</script>`;
const json = (attrs: string, value: unknown) => `<script type="application/json" ${attrs}>${JSON.stringify(value)}</script>`;
const read = async (html: string, url = 'https://app.example.org/chart') => (await readInHappyDom(html, url, extractClientContext)).reading;
const user = { id: 'u1', first_name: 'Ottoline', last_name: 'Farr', birth_date: '1980-01-01' };

describe('app records spelt in snake_case, dasherized or with a name object (app-state.ts)', () => {
  it('reads snake_case fields and a chart number', async () => {
    const state = { patient: { id: 'x1', first_name: 'Perpetua', last_name: 'Ozolins', birth_date: '1962-02-03', sex: 'F', chart_number: 'CN-770412', home_phone: '(555) 201-3344' }, user };
    expect(await read(page('Perpetua Ozolins', script(`window.__INITIAL_STATE__ = ${JSON.stringify(state)};`)))).toMatchObject({ mrn: 'CN-770412', dob: '1962-02-03', sex: 'F', phone: '(555) 201-3344' });
  });

  it('reads a name kept as its own object', async () => {
    const state = { patient: { current: { id: 'x2', name: { first: 'Perpetua', last: 'Ozolins' }, dob: '1962-02-03', mrn: 'CN-770412' } } };
    expect(await read(page('Perpetua Ozolins', script(`window.__INITIAL_STATE__ = ${JSON.stringify(state)};`)))).toMatchObject({ mrn: 'CN-770412', dob: '1962-02-03' });
  });

  it('never reads the signed-in user, kept in the same shape outside the patient', async () => {
    const state = { user: { ...user, chart_number: 'U-1' } };
    const r = await read(page('Ottoline Farr', script(`window.__INITIAL_STATE__ = ${JSON.stringify(state)};`)));
    expect(r?.mrn).toBeUndefined();
  });
});

describe("a patient record's own admit date (app-state.ts appStay)", () => {
  it('is the stay of that record, not of the others beside it', async () => {
    const rec = (id: string, first: string, last: string, admitDate: string) => ({ id, name: { first, last }, mrn: `M-${id}`, dob: '1950-05-05', admitDate });
    const state = { ui: { selectedPatientId: 'p-2' }, patients: { ids: ['p-1', 'p-2'], entities: { 'p-1': rec('p-1', 'Anselm', 'Brightwell', '2026-11-20'), 'p-2': rec('p-2', 'Perpetua', 'Ozolins', '2026-11-30') } } };
    expect(await read(page('Perpetua Ozolins', script(`window.__PRELOADED_STATE__ = ${JSON.stringify(state)};`)))).toMatchObject({ mrn: 'M-p-2', admitDate: '2026-11-30' });
  });
});

describe("Nuxt 2's state as a JavaScript expression (js-state.ts)", () => {
  it('reads the patient from the IIFE, its strings hoisted into the arguments', async () => {
    const js = 'window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{patient:{id:a,mrn:"NX\\u002F20417",firstName:"Perpetua",lastName:"Ozolins",dateOfBirth:c,phone:\'(555) 201-3344\'},loading:b}],state:{auth:{user:{firstName:"Ottoline",lastName:"Farr"}}},serverRendered:!0}}("pt-7",false,"1962-02-03"));';
    expect(await read(page('Perpetua Ozolins', script(js)))).toMatchObject({ mrn: 'NX/20417', dob: '1962-02-03', phone: '(555) 201-3344' });
  });

  it('reads a plain object literal with unquoted keys', async () => {
    expect(await read(page('Perpetua Ozolins', script('window.__INITIAL_STATE__ = {patient: {firstName: "Perpetua", lastName: "Ozolins", mrn: "NX-1", dob: "1962-02-03"}};')))).toMatchObject({ mrn: 'NX-1' });
  });

  it('refuses an expression it cannot read without running it', async () => {
    const r = await read(page('Perpetua Ozolins', script('window.__NUXT__=(function(a){return {data:[{patient:{firstName:"Perpetua",lastName:"Ozolins",mrn:compute(a)}}]}}(1));')));
    expect(r?.mrn).toBeUndefined();
  });
});

describe('state variables of Remix, React Router and Pinia (structured.ts)', () => {
  it('reads the patient from a loader', async () => {
    const ctx = { state: { loaderData: { root: { user }, 'routes/patients.$id': { patient: { id: '8c', first_name: 'Perpetua', last_name: 'Ozolins', birth_date: '1962-02-03', chart_number: 'RX-5' } } } } };
    expect(await read(page('Perpetua Ozolins', script(`window.__remixContext = ${JSON.stringify(ctx)};`)))).toMatchObject({ mrn: 'RX-5' });
    expect(await read(page('Perpetua Ozolins', script(`window.__staticRouterHydrationData = ${JSON.stringify(ctx.state)};`)))).toMatchObject({ mrn: 'RX-5' });
  });
});

describe("Nuxt 3's devalue payload (devalue.ts)", () => {
  const payload = (key: string) => [['ShallowReactive', 1], { data: 2 }, ['ShallowReactive', 3], { [key]: 4 }, { id: 5, mrn: 6, given: 7, family: 8, birthDate: 9 }, 'hp-7', 'NX-3320', 'Perpetua', 'Ozolins', '1962-02-03'];

  it('reads the record a fetch keyed by the patient the address opens', async () => {
    expect(await read(page('Perpetua Ozolins', json('id="__NUXT_DATA__"', payload('patient-hp-7'))), 'https://app.example.org/patients/hp-7')).toMatchObject({ mrn: 'NX-3320', dob: '1962-02-03' });
  });

  it('never reads a keyed record the address does not open', async () => {
    expect((await read(page('Perpetua Ozolins', json('id="__NUXT_DATA__"', payload('patient-hp-7'))), 'https://app.example.org/patients/hp-9'))?.mrn).toBeUndefined();
  });
});

describe('normalized caches (cache-records.ts)', () => {
  const apollo = {
    'Patient:41': { __typename: 'Patient', id: '41', firstName: 'Anselm', lastName: 'Brightwell', mrn: 'AP-41', dateOfBirth: '1941-04-04' },
    'Patient:57': { __typename: 'Patient', id: '57', firstName: 'Perpetua', lastName: 'Ozolins', mrn: 'AP-57', dateOfBirth: '1962-02-03' },
    ROOT_QUERY: { recentPatients: [{ __ref: 'Patient:41' }], 'patient({"id":"57"})': { __ref: 'Patient:57' } },
  };
  const recent = '<nav><a href="/patients/41">Brightwell, Anselm</a></nav>';

  it('reads the one of several cached patients the address opens', async () => {
    expect(await read(page('Perpetua Ozolins', recent + script(`window.__APOLLO_STATE__=${JSON.stringify(apollo)};`)), 'https://app.example.org/patients/57')).toMatchObject({ name: 'Perpetua Ozolins', mrn: 'AP-57' });
  });

  it('never chooses by an id under another kind of segment, nor with no address', async () => {
    for (const url of ['https://app.example.org/encounters/41', 'https://app.example.org/home']) {
      const r = await read(page('Perpetua Ozolins', recent + script(`window.__APOLLO_STATE__=${JSON.stringify(apollo)};`)), url);
      expect(r?.mrn === undefined || r.mrn === 'AP-57').toBe(true);
      expect(r?.name === undefined || r.name === 'Perpetua Ozolins').toBe(true);
    }
  });

  it('follows a Relay record link to the name and reads a Member typename', async () => {
    const relay = {
      'client:root': { viewer: { __ref: 'VXNlcjox' } },
      VXNlcjox: { __id: 'VXNlcjox', __typename: 'User', fullName: 'Ottoline Farr' },
      TWVtOjI: { __id: 'TWVtOjI', __typename: 'Member', memberNumber: 'MB-202', dateOfBirth: '1962-02-03', name: { __ref: 'client:TWVtOjI:name' } },
      'client:TWVtOjI:name': { __typename: 'HumanName', given: 'Perpetua', family: 'Ozolins' },
    };
    expect(await read(page('Perpetua Ozolins', json('id="__RELAY_RECORDS__"', relay)))).toMatchObject({ mrn: 'MB-202', dob: '1962-02-03' });
  });

  it('reads a JSON:API resource of a person kind from an Ember shoebox', async () => {
    const doc = { data: { type: 'resident', id: 'r-9', attributes: { 'first-name': 'Perpetua', 'last-name': 'Ozolins', 'date-of-birth': '1962-02-03', 'resident-number': 'RS-99' } }, included: [{ type: 'contact', id: 'c1', attributes: { 'first-name': 'Ottoline', 'last-name': 'Farr' } }] };
    expect(await read(page('Perpetua Ozolins', `<script type="fastboot/shoebox" id="shoebox-ember-data-store">${JSON.stringify(doc)}</script>`))).toMatchObject({ mrn: 'RS-99', dob: '1962-02-03' });
  });

  it("reads a SvelteKit fetched response's body, JSON text", async () => {
    const body = JSON.stringify({ encounter_id: 'E1', patient: { first_name: 'Perpetua', last_name: 'Ozolins', mrn: 'SK-12', birth_date: '1962-02-03' } });
    expect(await read(page('Perpetua Ozolins', json('data-sveltekit-fetched data-url="/api/e/1"', { status: 200, headers: {}, body })))).toMatchObject({ mrn: 'SK-12' });
  });
});

describe('an ambulatory encounter in the state (structured.ts)', () => {
  const fhir = (cls: string) => ({
    a: { body: { resourceType: 'Patient', id: 'f1', name: [{ family: 'Ozolins', given: ['Perpetua'] }], birthDate: '1962-02-03', identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'FH-1' }] } },
    b: { body: { resourceType: 'Encounter', id: 'e1', status: 'in-progress', class: { code: cls }, subject: { reference: 'Patient/f1' }, period: { start: '2026-12-07T08:40:00Z' } } },
  });

  it('is a visit, not an admission', async () => {
    expect((await read(page('Perpetua Ozolins', json('id="ng-state"', fhir('AMB')))))?.admitDate).toBeUndefined();
    expect(await read(page('Perpetua Ozolins', json('id="ng-state"', fhir('IMP'))))).toMatchObject({ mrn: 'FH-1', admitDate: '2026-12-07' });
  });
});
