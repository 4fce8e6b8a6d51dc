// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Communication, Encounter } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { connectedAs, seedTeam, syncedRound } from './harness/team';
import { signedIn, signInTokens, TEST_CLIENT_ID } from './harness/sign-in';
import { createClient, getClient, listClients, updateClient } from '../../src/store/clients';
import { enqueueChange, loadOutbox } from '../../src/sync/outbox';
import { pushOutbox } from '../../src/sync/push';
import { loadTeamState } from '../../src/store/team';
import { PLANNED_END_URL, STAY_IDENTIFIER_SYSTEM } from '../../src/domain/fhir/stay';
import type { Send } from '../../src/sync/transport';
import { saveSyncSettings } from '../../src/sync/settings';
import { saveTokens } from '../../src/sync/token-store';
import { logContact } from '../../src/store/contacts';
import { rapportIdentifier } from '../../src/domain/fhir/identifiers';

/**
 * A client's stay (admission, expected or actual discharge) travels as one Encounter per Patient:
 * pushed with the client's change, pulled into the colleague's record, merged field-wise when two
 * devices change it (a 412 in between is read again and merged), never written twice.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);

let server: LoopbackServer;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({ users: { erin: { fhirUser: 'Practitioner/erin' } } });
  await seedTeam(server, 'east', { erin: { name: 'Erin Eze', role: 'care-manager' } });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const encounters = async () => (((await server.engine.handle('GET', 'Encounter?_count=50')).body as Bundle).entry ?? []).map((entry) => entry.resource as Encounter);
const stayOf = async (db: Parameters<typeof getClient>[0], id: string) => {
  const client = await getClient(db, id);
  return { admitDate: client?.admitDate, dischargeDate: client?.dischargeDate, dischargeActual: client?.dischargeActual };
};

describe('stay dates', () => {
  test('pushed as an Encounter with the new client, pulled by the other device; both change it offline and each keeps the other field; a 412 is merged', async () => {
    const a = await connectedAs(await newCaseload(), server, 'erin', T0);
    const lee = await createClient(a, { name: 'Lee Moss', admitDate: '2026-02-27', dischargeDate: '2026-03-05', dischargeActual: false }, T0);
    await syncedRound(a, T0 + 1_000);
    const state = (await loadTeamState(a, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const patientId = state.careTeams.find((team) => team.clientId === lee.id)!.patientId;
    const [written] = await encounters();
    expect(written).toMatchObject({
      status: 'in-progress',
      class: { code: 'IMP' },
      subject: { reference: `Patient/${patientId}` },
      period: { start: '2026-02-27' },
      extension: [{ url: PLANNED_END_URL, valueDateTime: '2026-03-05' }],
      identifier: [{ system: STAY_IDENTIFIER_SYSTEM, value: patientId }],
    });
    expect(written?.period?.end).toBeUndefined();
    expect(await loadOutbox(a)).toEqual([]);
    // Another round writes nothing: the stay is as the server has it.
    await syncedRound(a, T0 + 1_500);
    expect((await encounters()).map((encounter) => encounter.meta?.versionId)).toEqual([written?.meta?.versionId]);

    const b = await connectedAs(await newCaseload(), server, 'erin', T0);
    await syncedRound(b, T0 + 2_000);
    const atB = (await listClients(b)).find((client) => client.name === 'Lee Moss')!;
    expect(await stayOf(b, atB.id)).toEqual({ admitDate: '2026-02-27', dischargeDate: '2026-03-05', dischargeActual: false });

    // Offline: A corrects the admission, B records the discharge as done yesterday, days before the expected date
    // (an actual discharge dated after today would not yet finish the Encounter).
    await updateClient(a, lee.id, { admitDate: '2026-02-26' }, T0 + 3_000);
    await updateClient(b, atB.id, { dischargeDate: '2026-03-01', dischargeActual: true }, T0 + 3_000);
    await syncedRound(a, T0 + 4_000);
    // B's read of the Encounter is overtaken by a write between its read and its transaction: 412, read again, merged.
    const send = await signedIn(server, 'erin');
    let interfered = false;
    const racing: Send = async (method, url, options) => {
      if (method === 'POST' && url === '' && !interfered) {
        interfered = true;
        const [current] = await encounters();
        await server.engine.handle('PUT', `Encounter/${current!.id}`, { ...current, location: [{ location: { display: 'Ward 4B' } }] });
      }
      return send(method, url, options);
    };
    expect(await pushOutbox(b, racing, T0 + 5_000)).toMatchObject({ pushed: 0, merged: 1 });
    await syncedRound(b, T0 + 5_500);
    await syncedRound(a, T0 + 6_000);

    const [merged] = await encounters();
    expect(merged).toMatchObject({ status: 'finished', period: { start: '2026-02-26', end: '2026-03-01' }, location: [{ location: { display: 'Ward 4B' } }] });
    expect(merged?.extension ?? []).toEqual([]);
    for (const [db, id] of [[a, lee.id], [b, atB.id]] as const) {
      expect(await stayOf(db, id)).toEqual({ admitDate: '2026-02-26', dischargeDate: '2026-03-01', dischargeActual: true });
      expect(await loadOutbox(db)).toEqual([]);
    }
    expect(await encounters()).toHaveLength(1);
  });

  test('a client kept before sync was on goes with their stay and call in the first round, though the care team is claimed only after it', async () => {
    const db = await newCaseload();
    const kay = await createClient(db, { name: 'Kay Dunn', admitDate: '2026-02-26' }, T0);
    const call = await logContact(db, { clientId: kay.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Before sync', tags: [] }, T0);
    await connectedAs(db, server, 'erin', T0);
    // Edited once sync is on: the client goes through the outbox, ahead of the first upload.
    await updateClient(db, kay.id, { phone: '555-0142' }, T0 + 500);
    const outcome = await syncedRound(db, T0 + 1_000);
    expect(outcome).toMatchObject({ pushed: 2 });
    expect(outcome.problems).toEqual([]);
    const state = (await loadTeamState(db, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const patientId = state.careTeams.find((team) => team.clientId === kay.id)!.patientId;
    expect((await encounters()).filter((encounter) => encounter.subject?.reference === `Patient/${patientId}`)).toMatchObject([{ period: { start: '2026-02-26' } }]);
    expect(((await server.engine.handle('GET', `Communication?subject=Patient/${patientId}`)).body as Bundle).entry?.map((entry) => (entry.resource as Communication).identifier)).toEqual([[rapportIdentifier(call.id)]]);
    expect(await loadOutbox(db)).toEqual([]);
  });

  test('a stay cleared here is cancelled on the server, never deleted; a discharge set offline on the other device is merged onto it, and both devices end alike', async () => {
    const a = await connectedAs(await newCaseload(), server, 'erin', T0);
    const nia = await createClient(a, { name: 'Nia Ross', admitDate: '2026-03-01' }, T0);
    await syncedRound(a, T0 + 1_000);
    const b = await connectedAs(await newCaseload(), server, 'erin', T0);
    await syncedRound(b, T0 + 2_000);
    const atB = (await listClients(b)).find((client) => client.name === 'Nia Ross')!;
    expect((await getClient(b, atB.id))?.admitDate).toBe('2026-03-01');

    // A clears the admission (entered by mistake); B, offline, sets an expected discharge.
    await updateClient(a, nia.id, { admitDate: undefined }, T0 + 3_000);
    await syncedRound(a, T0 + 3_500);
    await updateClient(b, atB.id, { dischargeDate: '2026-03-09' }, T0 + 4_000);
    const mine = (await encounters()).filter((encounter) => encounter.identifier?.some((identifier) => identifier.system === STAY_IDENTIFIER_SYSTEM) && encounter.period?.start === undefined);
    expect(mine.map((encounter) => encounter.status)).toEqual(['cancelled']);
    await syncedRound(b, T0 + 5_000);
    expect(await stayOf(b, atB.id)).toEqual({ admitDate: undefined, dischargeDate: '2026-03-09', dischargeActual: undefined });
    await syncedRound(a, T0 + 6_000);
    expect(await stayOf(a, nia.id)).toEqual({ admitDate: undefined, dischargeDate: '2026-03-09', dischargeActual: false });
  });

  test('an admission booked for a later day is pushed planned; once its day has come, a push of the stay says in-progress, and the dates are unchanged', async () => {
    const a = await connectedAs(await newCaseload(), server, 'erin', T0);
    const kai = await createClient(a, { name: 'Kai Booked', admitDate: '2026-03-10', dischargeDate: '2026-03-13', dischargeActual: false }, T0);
    await syncedRound(a, T0 + 1_000);
    const state = (await loadTeamState(a, CLEAR_TOKENS, server.fhirBase, 'Practitioner/erin'))!;
    const patientId = state.careTeams.find((team) => team.clientId === kai.id)!.patientId;
    const stay = async () => (await encounters()).find((encounter) => encounter.subject?.reference === `Patient/${patientId}`)!;
    expect(await stay()).toMatchObject({ status: 'planned', period: { start: '2026-03-10' } });

    // Queued again with unchanged dates (as after another device's conditional create), days after the admission.
    const later = Date.UTC(2026, 2, 11, 12, 0);
    await enqueueChange(a, 'clients', kai.id, ['admitDate'], later);
    await syncedRound(a, later + 1_000);
    expect(await stay()).toMatchObject({ status: 'in-progress', period: { start: '2026-03-10' }, extension: [{ url: PLANNED_END_URL, valueDateTime: '2026-03-13' }] });
    expect(await loadOutbox(a)).toEqual([]);
  });

  test('a server that names no user (no care team scope): the stay is pulled by the unscoped pull too', async () => {
    const unscoped = async () => {
      const db = await newCaseload();
      await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt: T0 });
      await saveTokens(db, await signInTokens(server, 'erin'), CLEAR_TOKENS);
      return db;
    };
    const a = await unscoped();
    await createClient(a, { name: 'Omar Pike', mrn: 'OP-1', system: 'ehr.example', admitDate: '2026-03-01', dischargeDate: '2026-03-03', dischargeActual: true }, T0);
    await syncedRound(a, T0 + 1_000);
    const b = await unscoped();
    await syncedRound(b, T0 + 2_000);
    const omar = (await listClients(b)).find((client) => client.name === 'Omar Pike')!;
    expect(await stayOf(b, omar.id)).toEqual({ admitDate: '2026-03-01', dischargeDate: '2026-03-03', dischargeActual: true });
  });
});
