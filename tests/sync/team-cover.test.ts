// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, CareTeam } from '@medplum/fhirtypes';
import { type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, syncedRound, startTeamServer } from './harness/team';
import { signedIn } from './harness/sign-in';
import { createClient, listClients } from '../../src/store/clients';
import { loadTeamState } from '../../src/store/team';
import { coverFor } from '../../src/sync/cover';
import { participantElement, readCareTeam } from '../../src/domain/fhir/care-team';
import { caseloadOwnership } from '../../src/domain/team/ownership';
import type { Send } from '../../src/sync/transport';
import { DAY_MS } from '../../src/domain/time/dates';

/**
 * "Cover for me": the colleague joins each of the user's clients' CareTeams for the period, with
 * If-Match; a write in between is a 412, read again and merged; asking twice writes nothing new;
 * the colleague's next round brings the covered clients.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startTeamServer('south', { erin: 'Erin Eze', finn: 'Finn Ford' });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const teamsOn = async (patient: string) => (((await server.engine.handle('GET', `CareTeam?subject=Patient/${patient}`)).body as Bundle).entry ?? []).map((entry) => entry.resource as CareTeam);

describe('coverage', () => {
  test('a colleague covers every client for the period; a concurrent edit is merged after the 412; a replay writes nothing', async () => {
    const e = await connectedAs(await newCaseload(), server, 'erin', T0);
    await createClient(e, { name: 'Gil Hart' }, T0);
    await createClient(e, { name: 'Hana Ito' }, T0);
    await syncedRound(e, T0 + 1_000);
    const state = (await loadTeamState(e, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const finn = state.colleagues.find((colleague) => colleague.member === 'Practitioner/finn')!;
    expect(finn).toEqual({ member: 'Practitioner/finn', display: 'Finn Ford' });

    // A social worker is added to Gil's team between Rapport's read and its write.
    const gil = state.careTeams[0]!;
    const send = await signedIn(server, 'erin');
    let interfered = false;
    const racing: Send = async (method, url, options) => {
      if (method === 'PUT' && !interfered) {
        interfered = true;
        const { body } = await server.engine.handle('GET', `CareTeam/${gil.serverId}`);
        const current = body as CareTeam;
        await server.engine.handle('PUT', `CareTeam/${gil.serverId}`, { ...current, participant: [...current.participant!, participantElement({ member: 'Practitioner/sw', display: 'Sam Social', role: 'member' })] });
      }
      return send(method, url, options);
    };
    const start = T0 + DAY_MS;
    const end = T0 + 8 * DAY_MS;
    expect(await coverFor(racing, state, finn, start, end)).toEqual({ added: 2, already: 0, merged: 1, handoffs: 0 });
    const [onGil] = await teamsOn(gil.patientId);
    const read = readCareTeam(onGil as never);
    expect(read.kind === 'record' && read.team.participants.map((p) => [p.member, p.role, p.start, p.end])).toEqual([
      ['Practitioner/erin', 'primary', T0 + 1_000, undefined],
      ['Practitioner/sw', 'member', undefined, undefined],
      ['Practitioner/finn', 'covering', start, end],
    ]);

    // Asked again (or replayed after a lost answer): nothing new on the server.
    const version = onGil?.meta?.versionId;
    expect(await coverFor(send, state, finn, start, end)).toEqual({ added: 0, already: 2, merged: 0, handoffs: 0 });
    expect((await teamsOn(gil.patientId))[0]?.meta?.versionId).toBe(version);

    // Finn's device brings both clients before the cover starts, and shows them as Erin's that he covers once it has.
    const f = await connectedAs(await newCaseload(), server, 'finn', T0);
    await syncedRound(f, T0 + 2_000);
    const clients = await listClients(f);
    expect(clients.map((client) => client.name).sort()).toEqual(['Gil Hart', 'Hana Ito']);
    const finnState = await loadTeamState(f, CLEAR_TOKENS, server.fhirBase, 'Practitioner/finn');
    const during = caseloadOwnership(clients.map((client) => client.id), finnState, start + 1);
    expect([...during.values()]).toEqual([0, 1].map(() => ({ primary: { member: 'Practitioner/erin', display: 'Erin Eze' }, mine: false, covering: true })));
    expect([...caseloadOwnership(clients.map((client) => client.id), finnState, end + 1).values()].every((owner) => !owner.covering)).toBe(true);
  });
});
