/**
 * A tuning family of apps whose store is normalised (Redux Toolkit's entity adapter, normalizr's byId,
 * an Inertia page's props): the client, the recently viewed patient (visible in the recent list) and the
 * patient of a hidden tab all sit in one collection with their record numbers and birth dates; which is
 * open is said by a selection key, or only by the address. The banner shows the name and a masked MRN.
 */
import { esc } from './formats';
import type { Family } from './families';
import type { View } from './case';
import { iso, type Person } from './people';

const record = (id: string, p: Person, show: { mrn: boolean; dob: boolean; sex: boolean; phone: boolean }) => ({
  id,
  firstName: p.given,
  ...(p.middle ? { middleName: p.middle } : {}),
  lastName: p.family,
  ...(show.mrn ? { mrn: p.mrn } : {}),
  ...(show.dob ? { dateOfBirth: iso(p.dob) } : {}),
  ...(show.sex ? { gender: p.sex === 'F' ? 'female' : 'male' } : {}),
  ...(show.phone ? { phoneNumber: p.phone } : {}),
});

function store(v: View): { state: object; where: 'script' | 'attribute' } {
  const own = `pt-${v.c.salt}`;
  const client = record(own, v.person, { mrn: v.hasMrn, dob: v.hasDob, sex: v.hasSex, phone: v.hasPhone });
  // The page reads the client's record whole from the store: what it holds is on the page.
  if (v.hasMrn) v.mrn(false);
  if (v.hasDob) v.dobIso();
  if (v.hasSex) v.sex('lower');
  if (v.hasPhone) v.holds('phone');
  const others = [v.c.clutter.recent, v.c.clutter.hidden?.person].filter((p): p is Person => !!p).map((p, i) => record(`pt-o${i}`, p, { mrn: true, dob: true, sex: true, phone: true }));
  const all = [client, ...others].sort((a, b) => (a.id < b.id ? -1 : 1));
  const entities = Object.fromEntries(all.map((r) => [r.id, r]));
  const stays: Record<string, object> = {};
  if (v.stay) {
    v.holds('admitDate');
    if (v.hasDischarge) v.holds('dischargeDate');
    const discharge = v.hasDischarge ? { [v.dischargeExpected ? 'expectedDischargeDate' : 'dischargeDate']: iso(v.stay.discharge!) } : {};
    stays['a-1'] = { id: 'a-1', patientId: own, admitDate: iso(v.stay.admit), ...discharge, status: 'active' };
  }
  const user = { id: 'u-1', name: v.c.clutter.user };
  switch (v.c.salt % 3) {
    case 0:
      return { state: { auth: { user }, patients: { ids: all.map((r) => r.id), entities, selectedPatientId: own, status: 'idle' }, admissions: { ids: Object.keys(stays), entities: stays } }, where: 'script' };
    case 1:
      // normalizr: nothing selected, the address names the record.
      return { state: { entities: { patients: { byId: entities, allIds: all.map((r) => r.id) }, admissions: { byId: stays } }, ui: { recentPatientIds: others.map((r) => r.id) } }, where: 'script' };
    default:
      return { state: { component: 'Patients/Show', props: { auth: { user }, patients: { byId: entities }, currentPatientId: own, admissions: stays } }, where: 'attribute' };
  }
}

export const normalisedState: Family = {
  id: 'normalised-state',
  split: 'tuning',
  kinds: ['app-state', 'hashed-classes'],
  app: 'CareBoard',
  url: (v) => `https://app.gen-store.example/patients/pt-${v.c.salt}/summary`,
  render: (v) => {
    const masked = v.hasMrn ? `<span class="Banner_muted__${v.hash('m')}">MRN ••••${esc(v.person.mrn.slice(-4))}</span>` : '';
    const core = `<section class="Banner_root__${v.hash('r')}" aria-label="Patient"><h1 class="Banner_name__${v.hash('n')}">${v.name('natural')}</h1>${masked}</section>`;
    // Only the client's own view holds the store: a hidden tab's copy of the banner carries none.
    if (v.person !== v.c.client) return { core };
    const { state, where } = store(v);
    const json = JSON.stringify(state);
    const tail = where === 'script' ? `<script>window.__PRELOADED_STATE__ = ${json.replace(/</g, '\\u003c')};</script>` : `<div id="app" data-page="${esc(json)}"></div>`;
    return { core, tail };
  },
};
