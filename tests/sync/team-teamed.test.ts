// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam } from '@medplum/fhirtypes';
import { type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { useCaseloads } from './harness/caseloads';
import { connectedAs, roundDeps, startTeamServer } from './harness/team';
import { searchesAsked } from './harness/searches';
import { runSyncRound } from '../../src/sync/round';
import { createTransport } from '../../src/sync/transport';
import { createClient } from '../../src/store/clients';
import { loadServerIds } from '../../src/sync/outbox';
import { participantElement } from '../../src/domain/fhir/care-team';
import type { RapportDb } from '../../src/store/db';

/**
 * A client handed to a colleague has a CareTeam without the user: the daily whole search's claim
 * asks the server once whether it has one (then it is not claimed back), and never again after:
 * a team, once there, stays (Rapport never deletes one). A client with no team is still claimed.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const DAY = 86_400_000;

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startTeamServer('south', { uma: 'Uma South', vic: 'Vic South' });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const teamsOf = async (patientId: string) => (((await server.engine.handle('GET', `CareTeam?subject=Patient/${patientId}`)).body as Bundle).entry ?? []).map((entry) => entry.resource as CareTeam);

/** A round, and the patients its claim asked the CareTeams of (`CareTeam?subject=…`). */
async function claimAsked(db: RapportDb, now: number): Promise<string[]> {
  const asked: string[] = [];
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    for (const search of searchesAsked(input, init)) {
      if (search.pathname.endsWith('/CareTeam') && search.searchParams.has('subject')) asked.push(...search.searchParams.get('subject')!.split(','));
    }
    return fetch(input, init);
  }) as typeof fetch;
  const outcome = await runSyncRound({ ...roundDeps(db, now), transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken, fetchImpl }) });
  expect(outcome).toMatchObject({ kind: 'synced', problems: [] });
  return asked;
}

describe("the daily claim and the colleagues' clients", () => {
  test('a handed-over client is asked about by one whole search, or by none when a round saw its team change; a new client is still claimed', async () => {
    const uma = await connectedAs(await newCaseload(), server, 'uma', T0);
    const handOver = async (patientId: string) => {
      const [team] = await teamsOf(patientId);
      const vic = participantElement({ member: 'Practitioner/vic', display: 'Vic South', role: 'primary', start: T0 });
      expect((await server.engine.handle('PUT', `CareTeam/${team!.id}`, { ...team, participant: [vic] })).status).toBe(200);
    };
    const patientOf = async (clientId: string) => (await loadServerIds(uma, 'clients')).get(clientId)!;

    // Wes is handed over and Uma syncs the same day: that round sees his team change.
    const wes = await createClient(uma, { name: 'Wes Hart' }, T0);
    await claimAsked(uma, T0 + 1_000);
    const wesPatient = await patientOf(wes.id);
    await handOver(wesPatient);
    expect(await claimAsked(uma, T0 + 2_000)).toEqual([]);
    // Xia is new: the round that pushes her asks about her team and claims her.
    const xia = await createClient(uma, { name: 'Xia Ford' }, T0 + 2_500);
    const xiaPatient = (await claimAsked(uma, T0 + 3_000)).map((reference) => reference.slice('Patient/'.length));
    expect(xiaPatient).toEqual([await patientOf(xia.id)]);
    expect((await teamsOf(xiaPatient[0]!))[0]?.participant).toMatchObject([{ member: { reference: 'Practitioner/uma' } }]);
    // Handed over overnight, she is asked about by the next day's whole search, once; Wes is not.
    await handOver(xiaPatient[0]!);
    expect(await claimAsked(uma, T0 + DAY + 4_000)).toEqual([`Patient/${xiaPatient[0]}`]);
    expect(await claimAsked(uma, T0 + 2 * DAY + 5_000)).toEqual([]);
    // Neither is claimed back.
    expect(await teamsOf(wesPatient)).toHaveLength(1);
    expect(await teamsOf(xiaPatient[0]!)).toHaveLength(1);
  });
});
