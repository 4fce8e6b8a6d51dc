// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam } from '@medplum/fhirtypes';
import { type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, syncedRound, startTeamServer } from './harness/team';
import { createClient } from '../../src/store/clients';
import { logContact } from '../../src/store/contacts';
import { SCOPE_KEY } from '../../src/sync/pull-scoped';
import { countWaiting } from '../../src/sync/status';
import { loadServerIds } from '../../src/sync/outbox';
import { loadTeamState, saveTeamState, TEAM_ROUND_KEY, TEAM_STATE_KEY } from '../../src/store/team';
import { participantElement } from '../../src/domain/fhir/care-team';
import type { RapportDb } from '../../src/store/db';
import { watched } from './harness/watched-requests';

/**
 * What a round reads and writes of its own state. It restates the team it keeps (store/team.ts):
 * when nothing but the round's own fields moved, it writes those alone, not the whole state; what
 * the team changed, or another writer's state written meanwhile, still has the whole state written.
 * The outbox and the scope's groups it reads once, however many steps use them.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const HOUR = 3_600_000;

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startTeamServer('west', { uma: 'Uma West', vic: 'Vic West' });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

/** The meta keys written (put) while `run` runs, in order. */
const metaWrites = (run: () => Promise<unknown>) => watched(IDBObjectStore.prototype, 'put', (store, [row]) => (store.name === 'meta' ? (row as { key: string }).key : undefined), run);

const teamWrites = (keys: readonly string[]) => keys.filter((key) => key === TEAM_STATE_KEY || key === TEAM_ROUND_KEY);
const stateOf = (db: RapportDb) => loadTeamState(db, CLEAR_TOKENS, server.fhirBase, 'Practitioner/uma');

describe('what a round reads and writes of its own state', () => {
  test("a round reads the outbox's waiting entries once, and the scope's groups once, for the copies ahead, the push, the probes and the pull", async () => {
    const uma = await connectedAs(await newCaseload(), server, 'uma', T0);
    const client = await createClient(uma, { name: 'Yul Penn' }, T0);
    await syncedRound(uma, T0 + 1_000);
    await logContact(uma, { clientId: client.id, at: T0 + 2_000, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Asked about the bus', tags: [] }, T0 + 2_000);

    const outboxReads: string[] = [];
    const scopeReads = await watched(IDBObjectStore.prototype, 'get', (store, [key]) => (store.name === 'meta' && key === SCOPE_KEY ? 'scope' : undefined), async () => {
      outboxReads.push(...(await watched(IDBIndex.prototype, 'getAll', (index) => (index.name === 'by_waiting' ? 'outbox' : undefined), () => syncedRound(uma, T0 + 3_000))));
    });
    expect(outboxReads).toEqual(['outbox']);
    expect(scopeReads).toEqual(['scope']);
    expect(await countWaiting(uma)).toBe(0);
  });

  test('a round in which nothing changed writes the round entry alone; one that brings a changed care team writes the whole state', async () => {
    const uma = await connectedAs(await newCaseload(), server, 'uma', T0);
    const client = await createClient(uma, { name: 'Wes Lowe' }, T0);
    expect(teamWrites(await metaWrites(() => syncedRound(uma, T0 + 1_000)))).toEqual([TEAM_STATE_KEY, TEAM_ROUND_KEY]);
    // The round after the first finds its own claim among the changes: a team read anew.
    await syncedRound(uma, T0 + 2_000);

    const before = (await stateOf(uma))!;
    expect(teamWrites(await metaWrites(() => syncedRound(uma, T0 + 3_000)))).toEqual([TEAM_ROUND_KEY]);
    const after = (await stateOf(uma))!;
    expect(after.refreshedAt).toBe(T0 + 3_000);
    expect(after.careTeamsSince).toBeDefined();
    expect({ ...after, refreshedAt: 0, careTeamsSince: undefined }).toEqual({ ...before, refreshedAt: 0, careTeamsSince: undefined });

    // Vic covers Wes from the next hour: the round brings the changed team and writes it.
    const patientId = (await loadServerIds(uma, 'clients')).get(client.id)!;
    const team = ((await server.engine.handle('GET', `CareTeam?subject=Patient/${patientId}`)).body as Bundle).entry![0]!.resource as CareTeam;
    const covering = { member: 'Practitioner/vic', display: 'Vic West', role: 'covering' as const, start: T0 + HOUR, end: T0 + 2 * HOUR };
    const participants = [{ member: 'Practitioner/uma', display: 'Uma West', role: 'primary' as const, start: T0 + 1_000 }, covering];
    expect((await server.engine.handle('PUT', `CareTeam/${team.id}`, { ...team, participant: participants.map(participantElement) })).status).toBe(200);
    expect(teamWrites(await metaWrites(() => syncedRound(uma, T0 + 4_000)))).toEqual([TEAM_STATE_KEY, TEAM_ROUND_KEY]);
    expect((await stateOf(uma))!.careTeams.find((kept) => kept.patientId === patientId)!.participants).toContainEqual(covering);
  });

  test('a state written by another writer after the load is not left under the round entry: the save writes the whole state', async () => {
    const uma = await connectedAs(await newCaseload(), server, 'uma', T0);
    await createClient(uma, { name: 'Xia Dunn' }, T0);
    await syncedRound(uma, T0 + 1_000);
    const loaded = (await stateOf(uma))!;
    // Another writer (the background marking a cover asked for) writes the whole state meanwhile.
    await saveTeamState(uma, { ...loaded, colleagues: [] }, CLEAR_TOKENS);

    expect(teamWrites(await metaWrites(() => saveTeamState(uma, { ...loaded, refreshedAt: T0 + 2_000 }, CLEAR_TOKENS, loaded)))).toEqual([TEAM_STATE_KEY, TEAM_ROUND_KEY]);
    expect(await stateOf(uma)).toEqual({ ...loaded, refreshedAt: T0 + 2_000 });
    // A state as loaded, saved again with its round's fields moved, writes them alone, and reads back whole.
    const again = (await stateOf(uma))!;
    expect(teamWrites(await metaWrites(() => saveTeamState(uma, { ...again, refreshedAt: T0 + 3_000, fullRefreshAt: undefined }, CLEAR_TOKENS, again)))).toEqual([TEAM_ROUND_KEY]);
    const { fullRefreshAt: _dropped, ...moved } = { ...again, refreshedAt: T0 + 3_000 };
    expect(await stateOf(uma)).toEqual(moved);
  });
});
