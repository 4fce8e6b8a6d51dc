// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Composition, Provenance } from '@medplum/fhirtypes';
import { type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, syncedRound, startTeamServer } from './harness/team';
import { signedIn } from './harness/sign-in';
import { createClient, listClients } from '../../src/store/clients';
import { pullPatients } from '../../src/sync/pull-changes';
import { logContact } from '../../src/store/contacts';
import { addCallback } from '../../src/store/callbacks';
import { loadTeamState } from '../../src/store/team';
import { handoffsFor, handoffSummaries } from '../../src/store/team-handoffs';
import { cancelCover, coverFor } from '../../src/sync/cover';
import { readCareTeam } from '../../src/domain/fhir/care-team';
import type { CareTeam } from '@medplum/fhirtypes';
import { DAY_MS } from '../../src/domain/time/dates';

/**
 * "Cover for me" writes a handoff summary per covered client, addressed to the colleague; a replay
 * writes none twice; the colleague's next round brings each one into their caseload; calling the
 * cover off takes the colleague off the teams and retires each handoff by its status alone.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const ZONE = 'America/Chicago';

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startTeamServer('south', { erin: 'Erin Eze', finn: 'Finn Ford' });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const all = async <T>(search: string) => (((await server.engine.handle('GET', search)).body as Bundle).entry ?? []).map((entry) => entry.resource as T);

describe('handoff summary', () => {
  test("a week's cover hands each client over; a replay creates nothing twice; the colleague's round shows every handoff; calling the cover off retires them by status", async () => {
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    const gil = await createClient(e, { name: 'Gil Hart', phone: '555-0101', mrn: 'G-77', system: 'ehr.example' }, T0);
    await createClient(e, { name: 'Hana Ito' }, T0);
    await logContact(e, { clientId: gil.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Needs a ride to dialysis Friday', tags: [] }, T0);
    await addCallback(e, { clientId: gil.id, dueAt: T0 + 2 * DAY_MS, reason: 'confirm the ride' }, T0);
    await syncedRound(e, T0 + 1_000);

    const state = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const finn = state.colleagues.find((colleague) => colleague.member === 'Practitioner/finn')!;
    const now = T0 + 2_000;
    const summaries = await handoffSummaries(e, state.careTeams.flatMap((team) => team.clientId ?? []), now, ZONE);
    const handoffs = { of: (team: { clientId?: string }) => (team.clientId ? summaries.get(team.clientId) : undefined), now, timeZone: ZONE };
    const start = T0 + DAY_MS;
    const end = T0 + 8 * DAY_MS;
    const send = await signedIn(server, 'erin');
    expect(await coverFor(send, state, finn, start, end, handoffs)).toEqual({ added: 2, already: 0, merged: 0, handoffs: 2 });

    const compositions = await all<Composition>('Composition?_count=50');
    expect(compositions.map((composition) => composition.title).sort()).toEqual(['Handoff: Gil Hart', 'Handoff: Hana Ito']);
    const provenances = await all<Provenance>('Provenance?_count=50');
    expect(provenances.map((provenance) => provenance.target[0]?.reference).sort()).toEqual(compositions.map((composition) => `Composition/${composition.id}`).sort());
    expect(provenances.every((provenance) => provenance.agent[0]?.who?.reference === 'Practitioner/erin')).toBe(true);

    // Asked again (or replayed after a lost answer): no second Composition, no second Provenance.
    expect(await coverFor(send, state, finn, start, end, handoffs)).toEqual({ added: 0, already: 2, merged: 0, handoffs: 0 });
    expect(await all<Composition>('Composition?_count=50')).toHaveLength(2);
    expect(await all<Provenance>('Provenance?_count=50')).toHaveLength(2);

    // Finn's round brings the clients and the handoffs; his caseload shows them until the cover ends.
    const f = await connectedAs(await newCaseload(), server, 'finn', T0);
    await syncedRound(f, T0 + 3_000);
    const notes = await handoffsFor(f, CLEAR_TOKENS, start + 1);
    expect(notes.map((note) => [note.from, note.to, note.start, note.end])).toEqual([0, 1].map(() => ['Practitioner/erin', 'Practitioner/finn', start, end]));
    expect(notes.every((note) => note.clientId !== undefined)).toBe(true);
    const forGil = notes.find((note) => note.sections.some((section) => section.code === 'reach' && section.lines.includes('Phone: 555-0101')))!;
    const lines = Object.fromEntries(forGil.sections.map((section) => [section.code, section.lines]));
    expect(lines['last-contact']).toEqual(['Mar 2, 2026, 8:00 AM: outbound call, reached', 'Needs a ride to dialysis Friday']);
    expect(lines.callbacks).toEqual(['Due Mar 4, 2026, 8:00 AM: confirm the ride']);
    // The same summary as data, for Finn's panel to format in his own locale and zone, and the client's name before his device holds them.
    expect(forGil.clientName).toBe('Gil Hart');
    expect(forGil.summary).toMatchObject({ reach: { phone: '555-0101' }, lastContact: { at: T0, note: 'Needs a ride to dialysis Friday' }, callbacksOwed: [{ dueAt: T0 + 2 * DAY_MS, reason: 'confirm the ride', overdue: false }] });
    expect(await handoffsFor(f, CLEAR_TOKENS, end + 1)).toEqual([]);

    // Erin's own device keeps none: a handoff is for the colleague it names.
    await syncedRound(e, T0 + 4_000);
    expect(await handoffsFor(e, CLEAR_TOKENS, start + 1)).toEqual([]);

    // Called off before it starts: on both teams the cover shrinks to the instant it was called off, and each handoff is retired, by status alone.
    const withCover = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const before = await all<Composition>('Composition?_count=50');
    expect(await cancelCover(send, withCover, finn, start, end, T0 + 5_000)).toEqual({ ended: 2, retired: 2 });
    const after = await all<Composition>('Composition?_count=50');
    expect(after.map((composition) => composition.status)).toEqual(['entered-in-error', 'entered-in-error']);
    expect(after.map(({ meta: _m, status: _s, ...rest }) => rest)).toEqual(before.map(({ meta: _m, status: _s, ...rest }) => rest));
    const teams = await all<CareTeam>('CareTeam?_count=50');
    expect(teams.flatMap((team) => { const read = readCareTeam(team as never); return read.kind === 'record' ? read.team.participants.map((p) => [p.member, p.start, p.end]) : []; })).toEqual(
      [0, 1].flatMap(() => [['Practitioner/erin', T0 + 1_000, undefined], ['Practitioner/finn', T0 + 5_000, T0 + 5_000]]),
    );
    expect(await cancelCover(send, withCover, finn, start, end, T0 + 6_000)).toEqual({ ended: 0, retired: 0 });
    await syncedRound(f, T0 + 7_000);
    expect(await handoffsFor(f, CLEAR_TOKENS, start + 1)).toEqual([]);
  });

  test("a handoff's client missing from the device is fetched whole: created when new, joined to the client the device has under the same identifier, never twice", async () => {
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    const ines = await createClient(e, { name: 'Ines Jo', mrn: 'I-12', system: 'ehr.example' }, T0);
    await syncedRound(e, T0 + 1_000);
    const { patientId } = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!.careTeams.find((team) => team.clientId === ines.id)!;
    const send = await signedIn(server, 'finn');
    let requests = 0;
    const counted: typeof send = (method, url, options) => {
      requests++;
      return send(method, url, options);
    };

    const fresh = await connectedAs(await newCaseload(), server, 'finn', T0);
    expect(await pullPatients(fresh, counted, [patientId], T0 + 2_000)).toMatchObject({ pulled: 1, problems: [] });
    const [created] = await listClients(fresh);
    expect(created).toMatchObject({ name: 'Ines Jo', identities: [{ system: 'ehr.example', mrn: 'I-12' }] });
    requests = 0;
    expect(await pullPatients(fresh, counted, [patientId], T0 + 3_000)).toMatchObject({ pulled: 0 });
    expect(requests).toBe(0);

    // Finn already keeps this client (read off his own EHR page): the Patient joins that record.
    const known = await connectedAs(await newCaseload(), server, 'finn', T0);
    const own = await createClient(known, { name: 'Ines Jo', mrn: 'I-12', system: 'ehr.example' }, T0);
    await pullPatients(known, counted, [patientId], T0 + 4_000);
    expect((await listClients(known)).map((client) => client.id)).toEqual([own.id]);
  });
});
