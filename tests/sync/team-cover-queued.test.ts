// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam, Composition } from '@medplum/fhirtypes';
import { type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, roundDeps, syncedRound, startTeamServer } from './harness/team';
import { openRapportDb } from '../../src/store/db';
import { createClient } from '../../src/store/clients';
import { logContact } from '../../src/store/contacts';
import { loadTeamState } from '../../src/store/team';
import { handoffsFor } from '../../src/store/team-handoffs';
import { loadQueuedCovers, queueCallOff, queueCover, sendCover } from '../../src/sync/cover-queue';
import { coversForMe } from '../../src/background/team-covers';
import { readCareTeam } from '../../src/domain/fhir/care-team';
import { runSyncRound } from '../../src/sync/round';
import { countWaiting } from '../../src/sync/status';
import { createTransport } from '../../src/sync/transport';
import { DAY_MS } from '../../src/domain/time/dates';

/**
 * "Cover for me" asked for with the team server out of reach waits in the outbox: it survives a
 * failed round and the worker stopping, the next round that reaches the server adds the colleague
 * to the teams and writes the handoffs, and later rounds write nothing more.
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
const unreachable = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;

describe('a cover asked for offline', () => {
  test('waits through a failed round and a worker stop, is sent by the next round that reaches the server, and only once', async () => {
    let e = await connectedAs(await newCaseload(), server, 'erin', T0);
    const gil = await createClient(e, { name: 'Gil Hart', phone: '555-0101' }, T0);
    await syncedRound(e, T0 + 1_000);
    const state = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const start = T0 + DAY_MS;
    const end = T0 + 8 * DAY_MS;

    // The panel's attempt meets no network: the cover stays queued, counted with the changes waiting.
    const offline = createTransport({ fhirBase: server.fhirBase, allowLoopbackHttp: true, fetchImpl: unreachable, accessToken: async () => 'token' });
    const queued = await queueCover(e, { colleague: 'Practitioner/finn', start, end, timeZone: ZONE }, T0 + 2_000);
    await expect(sendCover(e, offline, state, queued, T0 + 2_000)).rejects.toMatchObject({ kind: 'offline' });
    // Written after the cover was asked for: the handoff, sent later, carries it.
    await logContact(e, { clientId: gil.id, at: T0 + 3_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Ride to dialysis booked for Friday', tags: [] }, T0 + 3_000);
    const failed = await runSyncRound({ ...roundDeps(e, T0 + 4_000), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl: unreachable }) });
    expect(failed.kind).toBe('failed');
    expect(await countWaiting(e)).toBe(2);
    expect(await all<CareTeam>('CareTeam?_count=50')).toHaveLength(1);
    expect(readCareTeam((await all<CareTeam>('CareTeam?_count=50'))[0] as never)).toMatchObject({ kind: 'record', team: { participants: [{ member: 'Practitioner/erin' }] } });

    // The worker stops; the database is all that is left.
    e.close();
    e = await openRapportDb();
    expect(await loadQueuedCovers(e)).toEqual([queued]);

    // Past the backoff, the server is back.
    await syncedRound(e, T0 + DAY_MS / 2);
    expect(await countWaiting(e)).toBe(0);
    const [team] = await all<CareTeam>('CareTeam?_count=50');
    const read = readCareTeam(team as never);
    expect(read.kind === 'record' && read.team.participants.map((p) => [p.member, p.role, p.start, p.end])).toEqual([
      ['Practitioner/erin', 'primary', T0 + 1_000, undefined],
      ['Practitioner/finn', 'covering', start, end],
    ]);
    const compositions = await all<Composition>('Composition?_count=50');
    expect(compositions.map((composition) => composition.title)).toEqual(['Handoff: Gil Hart']);
    expect(JSON.stringify(compositions[0]?.section)).toContain('Ride to dialysis booked for Friday');

    // Another round sends nothing again.
    const version = team?.meta?.versionId;
    await syncedRound(e, T0 + DAY_MS / 2 + 1_000);
    expect((await all<CareTeam>('CareTeam?_count=50'))[0]?.meta?.versionId).toBe(version);
    expect(await all<Composition>('Composition?_count=50')).toHaveLength(1);

    // Finn's round brings the handoff into his caseload.
    const f = await connectedAs(await newCaseload(), server, 'finn', T0);
    await syncedRound(f, T0 + DAY_MS);
    expect((await handoffsFor(f, CLEAR_TOKENS, T0 + DAY_MS)).map((note) => note.from)).toEqual(['Practitioner/erin']);
    e.close();
  });

  test('a cover the server refuses for good is dropped, said in words, and does not stop the rounds', async () => {
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    await createClient(e, { name: 'Ivo Juhl' }, T0);
    await syncedRound(e, T0 + 1_000);
    // Someone no longer on the team (removed on the server since the request was made).
    await queueCover(e, { colleague: 'Practitioner/gone', start: T0 + DAY_MS, end: T0 + 2 * DAY_MS, timeZone: ZONE }, T0 + 2_000);
    const round = await syncedRound(e, T0 + 3_000);
    expect(round.problems).toEqual(['A cover by Practitioner/gone was not sent: The colleague chosen to cover is no longer on your team on the team server.']);
    expect(await countWaiting(e)).toBe(0);
  });

  test("the team a round saves already shows what it sent: a queued cover is listed, a queued call-off is gone", async () => {
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    await createClient(e, { name: 'Kai Lund' }, T0);
    await syncedRound(e, T0 + 1_000);
    const week = { colleague: 'Practitioner/finn', start: T0 + DAY_MS, end: T0 + 8 * DAY_MS };
    const listed = async (at: number) => {
      const state = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
      return coversForMe(state, { covers: [], callOffs: [] }, at).map((row) => [row.colleague, row.start, row.end]);
    };

    await queueCover(e, { ...week, timeZone: ZONE }, T0 + 2_000);
    await syncedRound(e, T0 + 3_000);
    expect(await listed(T0 + 3_000)).toEqual([[week.colleague, week.start, week.end]]);

    await queueCallOff(e, week, T0 + 4_000);
    await syncedRound(e, T0 + 5_000);
    expect(await countWaiting(e)).toBe(0);
    expect(await listed(T0 + 5_000)).toEqual([]);
    e.close();
  });
});
