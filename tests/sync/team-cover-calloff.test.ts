// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam, Composition } from '@medplum/fhirtypes';
import { type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, syncedRound, startTeamServer } from './harness/team';
import { signedIn } from './harness/sign-in';
import { createClient, listClients } from '../../src/store/clients';
import { loadTeamState } from '../../src/store/team';
import { handoffsFor } from '../../src/store/team-handoffs';
import { callOffCover, loadQueuedCovers, queueCover } from '../../src/sync/cover-queue';
import { readCareTeam } from '../../src/domain/fhir/care-team';
import { DAY_MS } from '../../src/domain/time/dates';

/**
 * Calling a cover off, as the panel's route does: the colleague's participant period ends (never
 * a removed participant), the handoff is withdrawn by its status, a cover still waiting to be sent
 * never is, and the colleague's next round drops the handoff.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const ZONE = 'America/Chicago';

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startTeamServer('north', { erin: 'Erin Eze', finn: 'Finn Ford' });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const all = async <T>(search: string) => (((await server.engine.handle('GET', search)).body as Bundle).entry ?? []).map((entry) => entry.resource as T);
const participantsOf = (team: CareTeam) => {
  const read = readCareTeam(team as never);
  return read.kind === 'record' ? read.team.participants.map((p) => [p.member, p.role, p.start, p.end]) : [];
};

describe('calling a cover off', () => {
  test('under way: the period ends now, the handoff is withdrawn by status, the colleague loses it next round; a second call writes nothing', async () => {
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    await createClient(e, { name: 'Jo Kerr' }, T0);
    await syncedRound(e, T0 + 1_000);
    const start = T0 + DAY_MS;
    const end = T0 + 8 * DAY_MS;
    await queueCover(e, { colleague: 'Practitioner/finn', start, end, timeZone: ZONE }, T0 + 2_000);
    // The team the round saves already holds the cover it sent.
    await syncedRound(e, T0 + 3_000);
    const state = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    expect(state.careTeams[0]?.participants.map((p) => p.member)).toEqual(['Practitioner/erin', 'Practitioner/finn']);
    const f = await connectedAs(await newCaseload(), server, 'finn', T0);
    await syncedRound(f, start + DAY_MS);
    expect(await handoffsFor(f, CLEAR_TOKENS, start + DAY_MS)).toHaveLength(1);

    const send = await signedIn(server, 'erin');
    const calledOff = start + 2 * DAY_MS;
    const [before] = await all<CareTeam>('CareTeam?_count=50');
    expect(await callOffCover(e, send, state, { colleague: 'Practitioner/finn', start, end }, calledOff)).toEqual({ ended: 1, retired: 1, unqueued: false });
    const [after] = await all<CareTeam>('CareTeam?_count=50');
    expect(participantsOf(after!)).toEqual([
      ['Practitioner/erin', 'primary', T0 + 1_000, undefined],
      ['Practitioner/finn', 'covering', start, calledOff],
    ]);
    expect(after?.meta?.versionId).not.toBe(before?.meta?.versionId);
    expect((await all<Composition>('Composition?_count=50')).map((composition) => composition.status)).toEqual(['entered-in-error']);

    expect(await callOffCover(e, send, state, { colleague: 'Practitioner/finn', start, end }, calledOff + 1_000)).toEqual({ ended: 0, retired: 0, unqueued: false });
    expect((await all<CareTeam>('CareTeam?_count=50'))[0]?.meta?.versionId).toBe(after?.meta?.versionId);

    await syncedRound(f, calledOff + 1_000);
    expect(await handoffsFor(f, CLEAR_TOKENS, calledOff + 1_000)).toEqual([]);
    // The days Finn covered stay on record; his device keeps what it synced (erasing a caseload is the user's act).
    expect((await listClients(f)).map((client) => client.name)).toEqual(['Jo Kerr']);
    e.close();
    f.close();
  });

  test('still queued: it is dropped before any round sends it, and the server is never told of it', async () => {
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    const kai = await createClient(e, { name: 'Kai Lund' }, T0);
    await syncedRound(e, T0 + 1_000);
    const state = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const team = state.careTeams.find((candidate) => candidate.clientId === kai.id)!;
    const start = T0 + 10 * DAY_MS;
    const end = T0 + 12 * DAY_MS;
    await queueCover(e, { colleague: 'Practitioner/finn', start, end, timeZone: ZONE }, T0 + 2_000);
    const send = await signedIn(server, 'erin');
    expect(await callOffCover(e, send, state, { colleague: 'Practitioner/finn', start, end }, T0 + 3_000)).toEqual({ ended: 0, retired: 0, unqueued: true });
    expect(await loadQueuedCovers(e)).toEqual([]);
    await syncedRound(e, T0 + 4_000);
    const { body } = await server.engine.handle('GET', `CareTeam/${team.serverId}`);
    expect(participantsOf(body as CareTeam)).toEqual([['Practitioner/erin', 'primary', T0 + 1_000, undefined]]);
    expect((await all<Composition>(`Composition?subject=Patient/${team.patientId}`))).toEqual([]);
    e.close();
  });
});
