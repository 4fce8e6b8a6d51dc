// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, roundDeps, seedTeam, syncedRound } from './harness/team';
import { runSyncRound, type RoundOutcome } from '../../src/sync/round';
import { createTransport } from '../../src/sync/transport';
import { loadSyncSettings, saveSyncSettings } from '../../src/sync/settings';
import { loadServerIds } from '../../src/sync/outbox';
import { countWaiting } from '../../src/sync/status';
import { createClient, listClients } from '../../src/store/clients';
import { contactsForClient, logContact } from '../../src/store/contacts';
import { loadTeamState } from '../../src/store/team';
import { participantElement } from '../../src/domain/fhir/care-team';
import type { RapportDb } from '../../src/store/db';
import { handoffsFor, handoffSummaries } from '../../src/store/team-handoffs';
import { coverFor } from '../../src/sync/cover';
import { signedIn } from './harness/sign-in';
import { searchesAsked } from './harness/searches';

/**
 * A round searches only the CareTeams changed since the last one and merges them into the team it
 * keeps; a whole search comes once a day, after a sign-in and after a round that failed or stopped
 * (sync/team.ts). Against Medplum's router: what a colleague changes between two rounds is seen by
 * the next one, coverage periods still open and close the scope, a stopped round loses nothing,
 * and a team the server stops showing the user is dropped by the next whole search.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let server: LoopbackServer;
const newCaseload = useCaseloads();
const PEOPLE = ['ivy', 'jon', 'kim', 'lia', 'max', 'noa', 'ola'] as const;

beforeAll(async () => {
  server = await startLoopbackServer({ users: Object.fromEntries(PEOPLE.map((id) => [id, { fhirUser: `Practitioner/${id}` }])) });
  await seedTeam(server, 'east', Object.fromEntries(PEOPLE.map((id) => [id, { name: `${id[0]!.toUpperCase()}${id.slice(1)} East`, role: 'care-manager' as const }])));
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const teamOf = async (patientId: string) => (((await server.engine.handle('GET', `CareTeam?subject=Patient/${patientId}`)).body as Bundle).entry ?? [])[0]!.resource as CareTeam;
const stateOf = (db: RapportDb, user: string) => loadTeamState(db, CLEAR_TOKENS, server.fhirBase, `Practitioner/${user}`);

/** A round whose requests are watched (`seen`: each CareTeam search's query) and may be changed (`through`). */
async function watchedRound(db: RapportDb, now: number, through: (input: URL, init?: RequestInit) => Promise<Response> = (input, init) => fetch(input, init)) {
  const careTeamSearches: string[] = [];
  const handoffSearches: string[] = [];
  let teamRequests = 0;
  // Requests that ask where the handoffs' changes start with no other search: the round asks it with the pull's probes.
  let handoffProbesAlone = 0;
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(String(input));
    // A search asked alone or in a batch with others (sync/batch-read.ts).
    const searches = searchesAsked(input, init);
    if (searches.some((search) => /\/(PractitionerRole|Practitioner|CareTeam)$/.test(search.pathname))) teamRequests++;
    if (searches.length === 1 && searches[0]!.pathname.endsWith('/Composition') && !searches[0]!.searchParams.has('subject')) handoffProbesAlone++;
    for (const search of searches) {
      if (search.pathname.endsWith('/CareTeam')) {
        const [named, since] = [search.searchParams.has('participant'), search.searchParams.has('_lastUpdated') || search.searchParams.get('_sort') === '_lastUpdated'];
        // Every CareTeam read whole names one of the user's people: other clients' teams are read as references only.
        if (!named) expect(search.searchParams.get('_elements')).toBe('subject');
        careTeamSearches.push(named && !since ? 'whole' : named ? 'read' : since ? 'changes' : 'other');
      }
      if (search.pathname.endsWith('/Composition') && search.searchParams.has('type')) {
        const subjects = search.searchParams.get('subject')?.split(',').length;
        handoffSearches.push(subjects ? `${subjects} patients` : search.searchParams.get('_sort') === '-_lastUpdated' ? 'newest' : search.searchParams.get('_elements') === 'subject' ? 'changes' : 'other');
      }
    }
    return through(url, init);
  }) as typeof fetch;
  const outcome = await runSyncRound({ ...roundDeps(db, now), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl }) });
  return { outcome, whole: careTeamSearches.includes('whole'), changes: careTeamSearches.includes('changes'), read: careTeamSearches.includes('read'), handoffSearches, teamRequests, handoffProbesAlone };
}

const withParticipants = async (patientId: string, participants: Parameters<typeof participantElement>[0][]) => {
  const team = await teamOf(patientId);
  const answer = await server.engine.handle('PUT', `CareTeam/${team.id}`, { ...team, participant: participants.map(participantElement) });
  expect(answer.status).toBe(200);
};

describe('incremental CareTeam refresh', () => {
  test("a colleague added to and taken off a client's team between two rounds is seen by the next round, which searches only what changed; coverage periods still open and close the scope", async () => {
    const ivy = await connectedAs(await newCaseload(), server, 'ivy', T0);
    const jon = await connectedAs(await newCaseload(), server, 'jon', T0);
    const lena = await createClient(ivy, { name: 'Lena Moss' }, T0);
    expect(await watchedRound(ivy, T0 + 1_000)).toMatchObject({ outcome: { kind: 'synced', pushed: 1 }, whole: true });
    const patientId = (await loadServerIds(ivy, 'clients')).get(lena.id)!;
    expect(await watchedRound(jon, T0 + 1_500)).toMatchObject({ outcome: { pulled: 0 }, whole: true });

    // Jon covers from the first hour to the third.
    const ivyPrimary = { member: 'Practitioner/ivy', display: 'Ivy East', role: 'primary' as const, start: T0 + 1_000 };
    const jonCovering = { member: 'Practitioner/jon', display: 'Jon East', role: 'covering' as const, start: T0 + HOUR, end: T0 + 3 * HOUR };
    // Nothing changed since the last round looked (the first's own claim aside): one search of references.
    await watchedRound(ivy, T0 + 1_700);
    // Two requests: the user's roles and name with what changed, then the colleagues with the changed teams of the user's.
    expect(await watchedRound(ivy, T0 + 1_800)).toMatchObject({ outcome: { kind: 'synced' }, whole: false, changes: true, read: false, teamRequests: 2 });
    await withParticipants(patientId, [ivyPrimary, jonCovering]);
    expect(await watchedRound(ivy, T0 + 2_000)).toMatchObject({ outcome: { kind: 'synced' }, whole: false, changes: true, read: true, teamRequests: 2 });
    expect((await stateOf(ivy, 'ivy'))!.careTeams.find((team) => team.patientId === patientId)!.participants).toEqual([ivyPrimary, jonCovering]);
    // Jon's next round, by changes only, brings Lena ahead of his cover, and her news while he covers.
    expect(await watchedRound(jon, T0 + 2_500)).toMatchObject({ outcome: { pulled: 1 }, whole: false });
    const lenaAtJon = (await listClients(jon)).find((client) => client.name === 'Lena Moss')!;
    await logContact(ivy, { clientId: lena.id, at: T0 + 2 * HOUR, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'During the cover', tags: [] }, T0 + 2 * HOUR);
    await syncedRound(ivy, T0 + 2 * HOUR);
    expect(await watchedRound(jon, T0 + 2 * HOUR + 1_000)).toMatchObject({ outcome: { pulled: 1 }, whole: false });
    // Once the cover has ended, nothing on the server changed, yet Lena is out of his scope.
    await logContact(ivy, { clientId: lena.id, at: T0 + 4 * HOUR, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'After the cover', tags: [] }, T0 + 4 * HOUR);
    await syncedRound(ivy, T0 + 4 * HOUR);
    expect(await watchedRound(jon, T0 + 4 * HOUR + 1_000)).toMatchObject({ outcome: { pulled: 0 }, whole: false });
    expect((await contactsForClient(jon, lenaAtJon.id)).map((contact) => contact.note)).toEqual(['During the cover']);

    // Jon covers again, open-ended, then is taken off the team: both rounds see it by changes alone.
    await withParticipants(patientId, [ivyPrimary, { ...jonCovering, start: T0 + 5 * HOUR, end: undefined }]);
    expect(await watchedRound(jon, T0 + 5 * HOUR)).toMatchObject({ outcome: { pulled: 1 }, whole: false });
    await withParticipants(patientId, [ivyPrimary]);
    expect(await watchedRound(ivy, T0 + 6 * HOUR)).toMatchObject({ whole: false, changes: true });
    expect((await stateOf(ivy, 'ivy'))!.careTeams.find((team) => team.patientId === patientId)!.participants).toEqual([ivyPrimary]);
    expect(await watchedRound(jon, T0 + 6 * HOUR)).toMatchObject({ whole: false });
    expect((await stateOf(jon, 'jon'))!.careTeams.some((team) => team.patientId === patientId)).toBe(false);
    await logContact(ivy, { clientId: lena.id, at: T0 + 7 * HOUR, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Jon is off the team', tags: [] }, T0 + 7 * HOUR);
    await syncedRound(ivy, T0 + 7 * HOUR);
    expect(await watchedRound(jon, T0 + 7 * HOUR + 1_000)).toMatchObject({ outcome: { pulled: 0 } });
  });

  test('a round that stopped after pushing a new client, before claiming its team, or while reading what changed, is followed by a whole search that loses nothing', async () => {
    const kim = await connectedAs(await newCaseload(), server, 'kim', T0);
    await createClient(kim, { name: 'Nora Vale' }, T0);
    await syncedRound(kim, T0 + 1_000);
    const mona = await createClient(kim, { name: 'Mona Reyes' }, T0 + 2_000);

    // The worker stops while the claim of Mona's team is on its way: the round never ends.
    let stopped = false;
    const stopAtClaim = (input: URL, init?: RequestInit) => {
      if (init?.method === 'POST' && String(init.body).includes('"CareTeam"')) {
        stopped = true;
        return new Promise<Response>(() => {});
      }
      return fetch(input, init);
    };
    void watchedRound(kim, T0 + 3_000, stopAtClaim);
    await expect.poll(() => stopped).toBe(true);
    const monaPatient = (await loadServerIds(kim, 'clients')).get(mona.id)!;
    expect(monaPatient).toBeDefined();
    expect((await stateOf(kim, 'kim'))!.careTeams.some((team) => team.patientId === monaPatient)).toBe(false);

    // The next round searches whole, claims her, and her news is pushed, not held back.
    expect(await watchedRound(kim, T0 + 4_000)).toMatchObject({ outcome: { kind: 'synced', problems: [] }, whole: true });
    expect((await stateOf(kim, 'kim'))!.careTeams.find((team) => team.patientId === monaPatient)!.participants).toMatchObject([{ member: 'Practitioner/kim', role: 'primary' }]);
    await logContact(kim, { clientId: mona.id, at: T0 + 5_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'First call', tags: [] }, T0 + 5_000);
    expect(await watchedRound(kim, T0 + 5_000)).toMatchObject({ outcome: { pushed: 1, problems: [] }, whole: false });
    expect(await countWaiting(kim)).toBe(0);

    // A colleague joins Mona's team; the round reading that change stops there.
    await withParticipants(monaPatient, [
      { member: 'Practitioner/kim', display: 'Kim East', role: 'primary', start: T0 + 4_000 },
      { member: 'Practitioner/max', display: 'Max East', role: 'covering', start: T0 + DAY },
    ]);
    let reading = false;
    const stopAtChanges = (input: URL, init?: RequestInit) => {
      if (searchesAsked(input, init).some((search) => search.pathname.endsWith('/CareTeam') && search.searchParams.get('_sort') === '_lastUpdated')) {
        reading = true;
        return new Promise<Response>(() => {});
      }
      return fetch(input, init);
    };
    void watchedRound(kim, T0 + 6_000, stopAtChanges);
    await expect.poll(() => reading).toBe(true);
    expect(await watchedRound(kim, T0 + 7_000)).toMatchObject({ outcome: { kind: 'synced' }, whole: true });
    expect((await stateOf(kim, 'kim'))!.careTeams.find((team) => team.patientId === monaPatient)!.participants.map((participant) => participant.member)).toEqual(['Practitioner/kim', 'Practitioner/max']);
    // Finished, the rounds go back to reading changes.
    expect(await watchedRound(kim, T0 + 8_000)).toMatchObject({ whole: false, changes: true });
  });

  test("a team the server no longer shows the user (taken off it, and only one's own teams readable) is dropped by the next whole search: the next day's, or after a sign-in", async () => {
    // A server that lets a care manager read only the CareTeams naming them, as an access policy would.
    const ownTeamsOnly = (user: string) => async (input: URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      const searches = searchesAsked(input, init);
      if (!searches.some((search) => search.pathname.endsWith('/CareTeam'))) return response;
      const visible = (bundle: Bundle<CareTeam>) => ({ ...bundle, entry: (bundle.entry ?? []).filter((item) => item.resource?.participant?.some((participant) => participant.member?.reference === `Practitioner/${user}`)) });
      const answer = (await response.json()) as Bundle;
      // Alone, the answer is the search's page; in a batch, each CareTeam search's answer is one.
      const filtered = (init?.method ?? 'GET') === 'GET' ? visible(answer as Bundle<CareTeam>) : { ...answer, entry: answer.entry?.map((item, i) => (searches[i]?.pathname.endsWith('/CareTeam') ? { ...item, resource: visible(item.resource as Bundle<CareTeam>) } : item)) };
      return new Response(JSON.stringify(filtered), { status: response.status, headers: response.headers });
    };
    const lia = await connectedAs(await newCaseload(), server, 'lia', T0);
    const nico = await createClient(lia, { name: 'Nico Abel' }, T0);
    const omar = await createClient(lia, { name: 'Omar Diaz' }, T0);
    expect(await watchedRound(lia, T0 + 1_000, ownTeamsOnly('lia'))).toMatchObject({ outcome: { kind: 'synced', pushed: 2 }, whole: true });
    const ids = await loadServerIds(lia, 'clients');
    const [nicoPatient, omarPatient] = [ids.get(nico.id)!, ids.get(omar.id)!];
    const scopeOf = async () => new Set((await stateOf(lia, 'lia'))!.careTeams.filter((team) => team.participants.some((participant) => participant.member === 'Practitioner/lia')).map((team) => team.patientId));

    // Both are handed to Max: Lia is taken off their teams, which her server then hides from her.
    const max = { member: 'Practitioner/max', display: 'Max East', role: 'primary' as const, start: T0 + 2_000 };
    await withParticipants(nicoPatient, [max]);
    await withParticipants(omarPatient, [max]);
    expect(await watchedRound(lia, T0 + 3_000, ownTeamsOnly('lia'))).toMatchObject({ whole: false });
    expect(await scopeOf()).toEqual(new Set([nicoPatient, omarPatient]));

    // She signs in again: that round searches whole, and both teams are gone.
    await saveSyncSettings(lia, { ...(await loadSyncSettings(lia)), connectedAt: T0 + 4_000 });
    expect(await watchedRound(lia, T0 + 5_000, ownTeamsOnly('lia'))).toMatchObject({ outcome: { kind: 'synced' }, whole: true });
    expect(await scopeOf()).toEqual(new Set());

    // Given back to her, and taken off again, with no sign-in: the next day's first round drops it.
    await withParticipants(nicoPatient, [{ member: 'Practitioner/lia', display: 'Lia East', role: 'primary', start: T0 + 6_000 }]);
    expect(await watchedRound(lia, T0 + 7_000, ownTeamsOnly('lia'))).toMatchObject({ whole: false });
    expect(await scopeOf()).toEqual(new Set([nicoPatient]));
    await withParticipants(nicoPatient, [max]);
    expect(await watchedRound(lia, T0 + 8_000, ownTeamsOnly('lia'))).toMatchObject({ whole: false });
    expect(await scopeOf()).toEqual(new Set([nicoPatient]));
    const nextDay: { outcome: RoundOutcome; whole: boolean } = await watchedRound(lia, T0 + 5_000 + DAY, ownTeamsOnly('lia'));
    expect(nextDay).toMatchObject({ outcome: { kind: 'synced' }, whole: true });
    expect(await scopeOf()).toEqual(new Set());
  });

  test('handoffs are searched again only for the patients whose handoffs changed or who joined the scope; a retired one goes, the others stay', async () => {
    const noa = await connectedAs(await newCaseload(), server, 'noa', T0);
    const ola = await connectedAs(await newCaseload(), server, 'ola', T0);
    const [pia, rex] = [await createClient(noa, { name: 'Pia Lund' }, T0), await createClient(noa, { name: 'Rex Hale' }, T0)];
    await syncedRound(noa, T0 + 1_000);
    // A whole round asks where the handoffs' changes start; Ola has no patients to search.
    expect(await watchedRound(ola, T0 + 1_500)).toMatchObject({ whole: true, handoffSearches: ['newest'] });

    // Noa hands both over to Ola for a week.
    const state = (await stateOf(noa, 'noa'))!;
    const colleague = state.colleagues.find((member) => member.member === 'Practitioner/ola')!;
    const summaries = await handoffSummaries(noa, [pia.id, rex.id], T0 + 2_000, 'UTC');
    const handoffs = { of: (team: { clientId?: string }) => (team.clientId ? summaries.get(team.clientId) : undefined), now: T0 + 2_000, timeZone: 'UTC' };
    const [start, end] = [T0 + HOUR, T0 + 7 * DAY];
    expect(await coverFor(await signedIn(server, 'noa'), state, colleague, start, end, handoffs)).toMatchObject({ added: 2, handoffs: 2 });

    // Ola's next round: the two new patients' handoffs, in one search of two patients.
    expect(await watchedRound(ola, T0 + 3_000)).toMatchObject({ outcome: { pulled: 2 }, whole: false, handoffSearches: ['changes', '2 patients'] });
    expect((await handoffsFor(ola, CLEAR_TOKENS, start + 1)).map((note) => note.clientName).sort()).toEqual(['Pia Lund', 'Rex Hale']);
    // Quiet: one search of references, and the handoffs stay.
    expect(await watchedRound(ola, T0 + 4_000)).toMatchObject({ handoffSearches: ['changes'], handoffProbesAlone: 0 });
    expect(await handoffsFor(ola, CLEAR_TOKENS, start + 1)).toHaveLength(2);

    // Pia's handoff is retired on the server: only her patient is searched again, and only hers goes.
    const piaPatient = (await loadServerIds(noa, 'clients')).get(pia.id)!;
    const [piaNote] = (((await server.engine.handle('GET', `Composition?subject=Patient/${piaPatient}`)).body as Bundle).entry ?? []).map((entry) => entry.resource!);
    expect((await server.engine.handle('PUT', `Composition/${piaNote!.id}`, { ...piaNote, status: 'entered-in-error' })).status).toBe(200);
    expect(await watchedRound(ola, T0 + 5_000)).toMatchObject({ handoffSearches: ['changes', '1 patients'] });
    expect((await handoffsFor(ola, CLEAR_TOKENS, start + 1)).map((note) => note.clientName)).toEqual(['Rex Hale']);
    // The next day's whole CareTeam search does not search the handoffs whole: nothing changed, nothing new in scope.
    expect(await watchedRound(ola, T0 + DAY + 5_000)).toMatchObject({ whole: true, handoffSearches: ['changes'] });
    expect((await handoffsFor(ola, CLEAR_TOKENS, start + 1)).map((note) => note.clientName)).toEqual(['Rex Hale']);
  });
});
