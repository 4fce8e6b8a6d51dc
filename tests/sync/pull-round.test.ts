// @vitest-environment node
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn, signInTokens, TEST_CLIENT_ID } from './harness/sign-in';
import type { RapportDb } from '../../src/store/db';
import { getClient, listClients, recordSeenClient, updateClient } from '../../src/store/clients';
import { contactsForClient, logContact } from '../../src/store/contacts';
import { addCallback, callbacksForClient, completeCallback } from '../../src/store/callbacks';
import { enrolClient } from '../../src/store/enrolment';
import { saveSyncSettings } from '../../src/sync/settings';
import { saveTokens } from '../../src/sync/token-store';
import { createTransport, type Send } from '../../src/sync/transport';
import { runSyncRound, type RoundDeps, type RoundOutcome } from '../../src/sync/round';
import { loadOutbox } from '../../src/sync/outbox';
import { loadSyncStatus } from '../../src/sync/status';
import { pullChanges } from '../../src/sync/pull-changes';
import { deleteRecord } from '../../src/store/base';
import { deleteClientCompletely } from '../../src/store/erase';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { loadServerIds } from '../../src/sync/outbox';
import { countingServerIdLoads } from './harness/server-id-reads';
import { RAPPORT_IDENTIFIER_SYSTEM } from '../../src/sync/bundle';

/**
 * Two care managers' caseloads, each in its own IndexedDB, syncing through Medplum's router over
 * loopback HTTP with full rounds (push, then pull): what one records the other has after a round,
 * a callback done anywhere is done everywhere, and offline edits of one client meet without loss.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const EHR = 'https://ehr.example.org';
const MRN = 'PULL-1001';

let server: LoopbackServer;
let admin: Send;
const newCaseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer({
    users: { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' }, bob: { fhirUser: 'Practitioner/bob', role: 'care-manager' } },
  });
  admin = await signedIn(server, 'alice');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

async function connected(user: string): Promise<RapportDb> {
  const db = await newCaseload();
  await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt: T0 });
  await saveTokens(db, await signInTokens(server, user), CLEAR_TOKENS);
  return db;
}

function deps(db: RapportDb, now: number): RoundDeps {
  return {
    db,
    vaultStatus: () => 'off',
    sealer: CLEAR_TOKENS,
    transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken }),
    smart: { random: (bytes) => webcrypto.getRandomValues(new Uint8Array(bytes)), sha256: async (data) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', data)) },
    now: () => now,
  };
}

async function round(db: RapportDb, now: number): Promise<Extract<RoundOutcome, { kind: 'synced' }>> {
  const outcome = await runSyncRound(deps(db, now));
  if (outcome.kind !== 'synced') throw new Error(`round: ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('pull: two caseloads of one team', () => {
  test('A records, B has it; B completes, A sees it done; both edit one client offline and no field edit is lost', async () => {
    const a = await connected('alice');
    const b = await connected('bob');

    const { client } = await recordSeenClient(a, { context: { name: 'Ada Quill', mrn: MRN, dob: '1941-05-02', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/${MRN}` }, T0);
    await enrolClient(a, client.id, T0);
    const contact = await logContact(a, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Asked about meals', tags: [] }, T0);
    const callback = await addCallback(a, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Check the meal delivery' }, T0);
    expect(await round(a, T0 + 1_000)).toMatchObject({ pushed: 3, pulled: 0, problems: [] });

    // B pulls A's client, contact and callback into its own caseload, and queues none of it back.
    expect(await round(b, T0 + 2_000)).toMatchObject({ pushed: 0, pulled: 3, problems: [] });
    const [clientAtB, ...others] = await listClients(b);
    expect(others).toEqual([]);
    expect(clientAtB).toMatchObject({ name: 'Ada Quill', dob: '1941-05-02', enrolledAt: T0 + 2_000, identities: [{ system: EHR, mrn: MRN }] });
    const id = clientAtB!.id;
    expect(await contactsForClient(b, id)).toMatchObject([{ at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Asked about meals' }]);
    expect((await getClient(b, id))?.lastSuccessAt).toBe(T0);
    const [callbackAtB] = await callbacksForClient(b, id);
    expect(callbackAtB).toMatchObject({ status: 'open', dueAt: T0 + 86_400_000, reason: 'Check the meal delivery' });
    expect(await loadOutbox(b)).toEqual([]);

    // What A pushed comes back to A as no change at all.
    const before = await getClient(a, client.id);
    expect(await round(a, T0 + 3_000)).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await getClient(a, client.id)).toEqual(before);
    expect(await round(b, T0 + 3_000)).toMatchObject({ pushed: 0, pulled: 0 });

    // B completes the callback; A sees it done.
    await completeCallback(b, callbackAtB!.id, T0 + 4_000);
    expect(await round(b, T0 + 4_000)).toMatchObject({ pushed: 1, pulled: 0 });
    expect(await round(a, T0 + 5_000)).toMatchObject({ pushed: 0, pulled: 1 });
    expect(await callbacksForClient(a, client.id)).toMatchObject([{ id: callback.id, status: 'done', doneAt: T0 + 4_000 }]);
    expect(await loadOutbox(a)).toEqual([]);

    // Both edit the same client offline, then sync in turn: each keeps the other's field.
    await updateClient(a, client.id, { phone: '555-0199' }, T0 + 6_000);
    await updateClient(b, id, { name: 'Ada Quill-Marsh' }, T0 + 6_500);
    await round(a, T0 + 7_000);
    await round(b, T0 + 8_000);
    await round(a, T0 + 9_000);
    for (const [db, clientId] of [[a, client.id], [b, id]] as const) {
      expect(await getClient(db, clientId)).toMatchObject({ name: 'Ada Quill-Marsh', phone: '555-0199', dob: '1941-05-02' });
      expect(await loadOutbox(db)).toEqual([]);
    }
    expect((await contactsForClient(a, client.id)).map((c) => c.id)).toEqual([contact.id]);
  });

  test('a round that pulls only a client\'s change reads no contact or callback ids', async () => {
    const a = await connected('alice');
    const { client } = await recordSeenClient(a, { context: { name: 'Cal Reed', mrn: 'PULL-5005', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/PULL-5005` }, T0);
    await enrolClient(a, client.id, T0);
    await logContact(a, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Asked about rides', tags: [] }, T0);
    await addCallback(a, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Book the ride' }, T0);
    await round(a, T0 + 1_000);
    const b = await connected('bob');
    await round(b, T0 + 2_000);
    const atB = (await listClients(b)).find((c) => c.name === 'Cal Reed')!;
    await updateClient(a, client.id, { phone: '555-0404' }, T0 + 3_000);
    await round(a, T0 + 3_000);

    const counted = countingServerIdLoads(b);
    expect(await round(counted.db, T0 + 4_000)).toMatchObject({ pulled: 1, problems: [] });
    expect((await getClient(b, atB.id))?.phone).toBe('555-0404');
    expect([...counted.loads.keys()].filter((store) => store !== 'clients')).toEqual([]);
  });

  test("a colleague's new contact and callback are pulled without reading every contact's and callback's server id; one already held is still found by its server id", async () => {
    const a = await connected('alice');
    const { client } = await recordSeenClient(a, { context: { name: 'Dee Lowe', mrn: 'PULL-6116', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/PULL-6116` }, T0);
    await enrolClient(a, client.id, T0);
    await logContact(a, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'First call', tags: [] }, T0);
    await round(a, T0 + 1_000);
    const b = await connected('bob');
    await round(b, T0 + 2_000);
    const atB = (await listClients(b)).find((c) => c.name === 'Dee Lowe')!;

    await logContact(a, { clientId: client.id, at: T0 + 3_000, channel: 'visit', direction: 'outbound', outcome: 'reached', note: 'Home visit', tags: [] }, T0 + 3_000);
    await addCallback(a, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Bring the forms' }, T0 + 3_000);
    await round(a, T0 + 3_000);
    const counted = countingServerIdLoads(b);
    expect(await round(counted.db, T0 + 4_000)).toMatchObject({ pulled: 2, problems: [] });
    expect((await contactsForClient(b, atB.id)).map((contact) => contact.note).sort()).toEqual(['First call', 'Home visit']);
    expect(await callbacksForClient(b, atB.id)).toMatchObject([{ reason: 'Bring the forms', status: 'open' }]);
    expect([...counted.loads.keys()].filter((store) => store !== 'clients')).toEqual([]);

    // A contact from another tool, with no Rapport identifier, is looked up by its server id: pulled once, never twice.
    const patientId = (await loadServerIds(a, 'clients')).get(client.id)!;
    await admin('POST', 'Communication', { json: { resourceType: 'Communication', status: 'completed', subject: { reference: `Patient/${patientId}` }, sent: new Date(T0 + 5_000).toISOString(), payload: [{ contentString: 'From the EHR' }], medium: [{ coding: [{ code: 'PHONE' }] }] } });
    expect(await round(b, T0 + 6_000)).toMatchObject({ pulled: 1 });
    await admin('POST', 'Communication', { json: { resourceType: 'Communication', status: 'completed', subject: { reference: `Patient/${patientId}` }, sent: new Date(T0 + 7_000).toISOString(), payload: [{ contentString: 'Second from the EHR' }], medium: [{ coding: [{ code: 'PHONE' }] }] } });
    expect(await round(b, T0 + 8_000)).toMatchObject({ pulled: 1 });
    expect(await contactsForClient(b, atB.id)).toHaveLength(4);
  });

  test("a page's records are applied in turn, each seeing what the ones before it wrote: a second copy of one contact (another tool copied it, Rapport's identifier and all) lands on the record the first made", async () => {
    const a = await connected('alice');
    const { client } = await recordSeenClient(a, { context: { name: 'Ada Quinn', mrn: 'PULL-7117', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/PULL-7117` }, T0);
    await enrolClient(a, client.id, T0);
    await round(a, T0 + 1_000);
    const b = await connected('bob');
    await round(b, T0 + 2_000);
    const atB = (await listClients(b)).find((c) => c.name === 'Ada Quinn')!;
    const patientId = (await loadServerIds(a, 'clients')).get(client.id)!;
    const rapportId = crypto.randomUUID();
    const copy = (note: string, at: number) => ({
      resourceType: 'Communication',
      identifier: [{ system: RAPPORT_IDENTIFIER_SYSTEM, value: rapportId }],
      status: 'completed',
      subject: { reference: `Patient/${patientId}` },
      sent: new Date(at).toISOString(),
      note: [{ text: note }],
      medium: [{ coding: [{ code: 'PHONE' }] }],
    });
    await admin('POST', 'Communication', { json: copy('The first copy', T0 + 3_000) });
    await admin('POST', 'Communication', { json: copy('The second copy', T0 + 3_000) });
    await round(b, T0 + 4_000);
    expect((await contactsForClient(b, atB.id)).map((contact) => [contact.id, contact.note])).toEqual([[rapportId, 'The second copy']]);
  });

  test('a pull stopped midway keeps what it applied and resumes with nothing twice; pages of echoes only move the checkpoint at the end', async () => {
    const a = await connected('alice');
    const { client } = await recordSeenClient(a, { context: { name: 'Pia Paged', mrn: 'PULL-7007', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/PULL-7007` }, T0);
    await enrolClient(a, client.id, T0);
    for (let i = 0; i < 150; i++) await logContact(a, { clientId: client.id, at: T0 + i, channel: 'call', direction: 'outbound', outcome: 'reached', note: `Paged call ${i}`, tags: [] }, T0);
    // A's own pull reads only its echoes: its checkpoints are written all the same.
    await round(a, T0 + 1_000);
    expect((await a.get('meta', 'sync:pull:Communication'))?.value).toMatchObject({ lastUpdated: expect.any(String) });

    const b = await connected('bob');
    const bob = await signedIn(server, 'bob');
    let communicationPages = 0;
    const stopping: Send = async (method, url, options) => {
      if (method === 'GET' && /(^|\/)Communication\?/.test(url) && ++communicationPages === 2) throw new Error('stopped');
      return bob(method, url, options);
    };
    await expect(pullChanges(b, stopping, server.fhirBase, T0 + 2_000)).rejects.toThrow('stopped');
    const atB = (await listClients(b)).find((c) => c.name === 'Pia Paged')!;
    const applied = (await contactsForClient(b, atB.id)).length;
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBeLessThan(150);
    // The page it applied moved the checkpoint at once; the stop came before the end.
    expect((await b.get('meta', 'sync:pull:Communication'))?.value).toMatchObject({ lastUpdated: expect.any(String) });

    await round(b, T0 + 3_000);
    const notes = (await contactsForClient(b, atB.id)).map((contact) => contact.note);
    expect(notes).toHaveLength(150);
    expect(new Set(notes).size).toBe(150);
  });

  test('an edit made here and not yet pushed is never overwritten by a pull', async () => {
    const a = await connected('alice');
    const { client } = await recordSeenClient(a, { context: { name: 'Bea Stone', mrn: 'PULL-2002', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/PULL-2002` }, T0);
    await enrolClient(a, client.id, T0);
    await round(a, T0 + 1_000);
    const b = await connected('bob');
    await round(b, T0 + 2_000);
    const atB = (await listClients(b)).find((c) => c.name === 'Bea Stone')!;
    await updateClient(b, atB.id, { phone: '555-0101' }, T0 + 3_000);
    await round(b, T0 + 3_000);

    // A's phone edit waits in A's outbox while A pulls B's change of the same field.
    await updateClient(a, client.id, { phone: '555-0202' }, T0 + 4_000);
    await pullChanges(a, await signedIn(server, 'alice'), server.fhirBase, T0 + 4_500);
    expect((await getClient(a, client.id))?.phone).toBe('555-0202');
    expect((await loadOutbox(a)).map((entry) => entry.fields)).toEqual([['phone']]);
    // The push then wins on the server, and B follows.
    await round(a, T0 + 5_000);
    await round(b, T0 + 6_000);
    expect((await getClient(b, atB.id))?.phone).toBe('555-0202');
  });

  test('a server resource that does not map cleanly is skipped and reported; the round and the rest go on', async () => {
    const b = await connected('bob');
    const { body: patient } = await admin<{ id: string }>('POST', 'Patient', { json: { resourceType: 'Patient', name: [{ text: 'Cy Marsh' }], birthDate: '1950-01-01' } });
    await admin('POST', 'Task', { json: { resourceType: 'Task', status: 'requested', intent: 'order', for: { reference: `Patient/${patient.id}` }, description: 'No due time' } });
    await admin('POST', 'Communication', { json: { resourceType: 'Communication', status: 'completed', subject: { reference: `Patient/${patient.id}` }, sent: '2026-03-02T10:00:00Z', medium: [{ coding: [{ code: 'FACE' }] }] } });

    const outcome = await round(b, T0);
    expect(outcome.problems).toEqual([expect.stringMatching(/^Task .*dueAt/)]);
    const cy = (await listClients(b)).find((c) => c.name === 'Cy Marsh');
    expect(cy).toMatchObject({ dob: '1950-01-01' });
    expect(await contactsForClient(b, cy!.id)).toMatchObject([{ channel: 'visit', outcome: 'reached' }]);
    expect(await callbacksForClient(b, cy!.id)).toEqual([]);
    expect((await loadSyncStatus(b)).skipped).toEqual(outcome.problems);
    // Reported once: the checkpoint moved past it.
    expect((await round(b, T0 + 1_000)).problems).toEqual([]);
  });

  test('a callback or contact retired on the server (a status, never a deletion) goes here too', async () => {
    const a = await connected('alice');
    const { client } = await recordSeenClient(a, { context: { name: 'Dee Vale', mrn: 'PULL-4004', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/PULL-4004` }, T0);
    const callback = await addCallback(a, { clientId: client.id, dueAt: T0 + 1_000 }, T0);
    await round(a, T0);
    const b = await connected('bob');
    await round(b, T0 + 1_000);
    const dee = (await listClients(b)).find((c) => c.name === 'Dee Vale')!;
    expect(await callbacksForClient(b, dee.id)).toHaveLength(1);

    await deleteRecord(a, 'callbacks', callback.id, T0 + 2_000);
    await round(a, T0 + 2_000);
    await round(b, T0 + 3_000);
    expect(await callbacksForClient(b, dee.id)).toEqual([]);
    expect(await loadOutbox(b)).toEqual([]);
  });

  test('a client a colleague retired is retired here too, even when this device wrote its own change over the retired copy', async () => {
    const a = await connected('alice');
    const { client } = await recordSeenClient(a, { context: { name: 'Gus Wren', mrn: 'PULL-6006', source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/PULL-6006` }, T0);
    await enrolClient(a, client.id, T0);
    await round(a, T0);
    const b = await connected('bob');
    await round(b, T0 + 1_000);
    const gus = (await listClients(b)).find((c) => c.name === 'Gus Wren')!;

    await deleteClientCompletely(b, gus.id, T0 + 2_000);
    await round(b, T0 + 2_000);
    // A changes the phone before it hears of it: the merge keeps the team's retirement, and A's pull reads it.
    await updateClient(a, client.id, { phone: '555-0123' }, T0 + 2_500);
    await round(a, T0 + 3_000);
    expect(await getClient(a, client.id)).toBeUndefined();
  });
});
