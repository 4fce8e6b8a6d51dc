// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam } from '@medplum/fhirtypes';
import { type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, syncedRound, startTeamServer } from './harness/team';
import { countingServerIdLoads } from './harness/server-id-reads';
import { createClient, listClients } from '../../src/store/clients';
import { loadServerIds } from '../../src/sync/outbox';
import { loadTeamState } from '../../src/store/team';
import { ROUND_MARK_KEY } from '../../src/sync/team';
import { participantElement } from '../../src/domain/fhir/care-team';
import type { RapportDb } from '../../src/store/db';

/**
 * Each care team is linked to the client it is about on this device (team-links.ts). A round after
 * a finished one links from what that round saved and what it wrote itself, without reading every
 * client's server id; a round after one that stopped before saving reads them whole.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startTeamServer('north', { uma: 'Uma North', vic: 'Vic North' });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

/** Client id → the client each of the user's stored care teams is linked to, by the team's Patient. */
async function linksOf(db: RapportDb, user: string): Promise<Map<string, string | undefined>> {
  const state = (await loadTeamState(db, CLEAR_TOKENS, server.fhirBase, `Practitioner/${user}`))!;
  return new Map(state.careTeams.map((team) => [team.patientId, team.clientId]));
}

/** A round whose whole-store reads of the clients' server ids are counted. */
async function clientIdLoads(db: RapportDb, now: number): Promise<number> {
  const counted = countingServerIdLoads(db);
  await syncedRound(counted.db, now);
  return counted.loads.get('clients') ?? 0;
}

describe("care teams linked to this device's clients", () => {
  test("a round after a finished one reads no client's server id whole, and still links the clients it pushed and the ones it pulled", async () => {
    const uma = await connectedAs(await newCaseload(), server, 'uma', T0);
    const ada = await createClient(uma, { name: 'Ada Moss' }, T0);
    await syncedRound(uma, T0 + 1_000);
    const patientOf = async (db: RapportDb, clientId: string) => (await loadServerIds(db, 'clients')).get(clientId)!;
    expect(await linksOf(uma, 'uma')).toEqual(new Map([[await patientOf(uma, ada.id), ada.id]]));

    // Ben is new: the round that pushes him links his team from the push.
    const ben = await createClient(uma, { name: 'Ben Ray' }, T0 + 2_000);
    expect(await clientIdLoads(uma, T0 + 3_000)).toBe(0);
    expect(await linksOf(uma, 'uma')).toEqual(new Map([[await patientOf(uma, ada.id), ada.id], [await patientOf(uma, ben.id), ben.id]]));

    // Vic hands Cy to Uma: her round pulls him and links his team from the pull.
    const vic = await connectedAs(await newCaseload(), server, 'vic', T0);
    const cy = await createClient(vic, { name: 'Cy Lund' }, T0 + 4_000);
    await syncedRound(vic, T0 + 5_000);
    const cyPatient = await patientOf(vic, cy.id);
    const [team] = (((await server.engine.handle('GET', `CareTeam?subject=Patient/${cyPatient}`)).body as Bundle).entry ?? []).map((entry) => entry.resource as CareTeam);
    const toUma = participantElement({ member: 'Practitioner/uma', display: 'Uma North', role: 'primary', start: T0 });
    expect((await server.engine.handle('PUT', `CareTeam/${team!.id}`, { ...team, participant: [toUma] })).status).toBe(200);
    expect(await clientIdLoads(uma, T0 + 6_000)).toBe(0);
    const cyHere = (await listClients(uma)).find((client) => client.name === 'Cy Lund')!;
    expect((await linksOf(uma, 'uma')).get(cyPatient)).toBe(cyHere.id);
    expect((await linksOf(uma, 'uma')).size).toBe(3);

    // A round that stopped before saving may have written ids it never linked: the next reads them
    // whole, for its links and for the whole CareTeam search's claim that such a round makes.
    await uma.put('meta', { key: ROUND_MARK_KEY, value: T0 + 6_500 });
    expect(await clientIdLoads(uma, T0 + 7_000)).toBe(2);
    expect((await linksOf(uma, 'uma')).get(cyPatient)).toBe(cyHere.id);
  });
});
