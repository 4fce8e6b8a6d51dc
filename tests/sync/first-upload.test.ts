// @vitest-environment node
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, Communication, Patient, Task } from '@medplum/fhirtypes';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { signedIn, signInTokens, TEST_CLIENT_ID } from './harness/sign-in';
import type { RapportDb } from '../../src/store/db';
import { createClient, recordSeenClient } from '../../src/store/clients';
import { deleteContact, logContact } from '../../src/store/contacts';
import { addCallback } from '../../src/store/callbacks';
import { deleteClientCompletely } from '../../src/store/erase';
import { applyImport, exportBackup, planImport } from '../../src/store/backup';
import { openBackup } from '../../src/domain/backup/open';
import { DB_VERSION } from '../../src/store/db';
import { saveSyncSettings } from '../../src/sync/settings';
import { saveTokens } from '../../src/sync/token-store';
import { createTransport, type Send } from '../../src/sync/transport';
import { runSyncRound, type RoundDeps } from '../../src/sync/round';
import { loadOutbox } from '../../src/sync/outbox';
import { RAPPORT_IDENTIFIER_SYSTEM, rapportIdentifierQuery } from '../../src/sync/bundle';
import { SyncError } from '../../src/sync/errors';
import { CLEAR_TOKENS, useCaseloads } from './harness/caseloads';
import { countingServerIdLoads } from './harness/server-id-reads';
import { tickItem } from '../../src/store/checklists';
import { RISK_YES_TEMPLATE_ID, TRUST_TEMPLATE_ID } from '../../src/domain/checklists/checklist';
import { Vault } from '../../src/store/vault/vault';
import { memoryKeyRing } from '../unit/store/vault/memory-keyring';
import { TEST_ITERATIONS } from '../unit/store/sealed-mode';

/**
 * What a device had before sync was on reaches the team server on the first round, once; a backup
 * imported and a client erased while sync is on reach it too, an erasure as a status change.
 */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const EHR = 'https://ehr.example.org';

let server: LoopbackServer;
let admin: Send;
const caseload = useCaseloads();

beforeAll(async () => {
  server = await startLoopbackServer();
  admin = await signedIn(server, 'alice');
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

async function connect(db: RapportDb): Promise<void> {
  await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt: T0 });
  await saveTokens(db, await signInTokens(server, 'alice'), CLEAR_TOKENS);
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

async function byRapportId<T>(resourceType: string, id: string): Promise<T[]> {
  return ((await admin<Bundle>('GET', `${resourceType}?${rapportIdentifierQuery(id)}`)).body.entry ?? []).map((entry) => entry.resource as T);
}

/** A caseload kept before sync: a client with a call, a deleted call and a callback, and a chart only seen. */
async function kept(db: RapportDb, mrn: string, name: string) {
  const client = await createClient(db, { name, mrn, system: EHR }, T0);
  const contact = await logContact(db, { clientId: client.id, at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Welcome call', tags: [] }, T0);
  const deleted = await logContact(db, { clientId: client.id, at: T0, channel: 'text', direction: 'outbound', outcome: 'message-sent', tags: [] }, T0);
  await deleteContact(db, deleted.id, T0);
  const callback = await addCallback(db, { clientId: client.id, dueAt: T0 + 86_400_000, reason: 'Follow up' }, T0);
  const { client: seen } = await recordSeenClient(db, { context: { name: `${name} Seen`, mrn: `${mrn}-S`, source: 'generic', confidence: 0.9 }, system: EHR, url: `${EHR}/chart/${mrn}-S` }, T0);
  return { client, contact, deleted, callback, seen };
}

// Each case is whole rounds against the in-process server (a few seconds at rest): at load 22 on two
// cores they took ~23 s, past the suite's 20 s.
describe('first upload', { timeout: 60_000 }, () => {
  test('the caseload kept before sync reaches the server on the first round, once; a chart only seen and a deleted call never do', async () => {
    const db = await caseload();
    const { client, contact, deleted, callback, seen } = await kept(db, 'FU-1', 'Ada Quill');
    expect(await loadOutbox(db)).toEqual([]);

    await connect(db);
    expect(await runSyncRound(deps(db, T0 + 1_000))).toMatchObject({ kind: 'synced', pushed: 3 });
    expect(await byRapportId<Patient>('Patient', client.id)).toMatchObject([{ name: [{ text: 'Ada Quill' }] }]);
    expect(await byRapportId<Communication>('Communication', contact.id)).toMatchObject([{ note: [{ text: 'Welcome call' }] }]);
    expect(await byRapportId<Task>('Task', callback.id)).toMatchObject([{ status: 'requested', description: 'Follow up' }]);
    expect(await byRapportId('Patient', seen.id)).toEqual([]);
    expect(await byRapportId('Communication', deleted.id)).toEqual([]);

    // Signing in again to the same server resends nothing.
    await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt: T0 + 2_000 });
    expect(await runSyncRound(deps(db, T0 + 3_000))).toMatchObject({ kind: 'synced', pushed: 0 });
  });

  test('a first upload from the start reads no run\'s server ids back: the server has none of those records yet', async () => {
    const db = await caseload();
    const { client, contact, callback } = await kept(db, 'FU-R', 'Rae Quill');
    await connect(db);
    const counted = countingServerIdLoads(db);
    expect(await runSyncRound(deps(counted.db, T0 + 1_000))).toMatchObject({ kind: 'synced', pushed: 3 });
    // A run's read is a key range from its first record's id; a store read whole is its prefix alone.
    expect([...counted.loads.keys()].filter((from) => from.includes('/'))).toEqual([]);
    expect(await byRapportId<Patient>('Patient', client.id)).toHaveLength(1);
    expect(await byRapportId<Communication>('Communication', contact.id)).toHaveLength(1);
    expect(await byRapportId<Task>('Task', callback.id)).toHaveLength(1);
  });

  test('a sealed caseload kept before sync goes whole on the first round: records opened for the push, a risk answer never, the deleted call never', async () => {
    const db = await caseload();
    await (await Vault.attach(db, memoryKeyRing(), { iterations: TEST_ITERATIONS })).enable('correct horse battery staple');
    const { client, contact, deleted, callback, seen } = await kept(db, 'FU-5', 'Eve Sealy');
    const tick = await tickItem(db, { clientId: client.id, templateId: TRUST_TEMPLATE_ID, itemId: 'respect.on-time' }, T0);
    const risk = await tickItem(db, { clientId: client.id, templateId: RISK_YES_TEMPLATE_ID, itemId: 'problem-medications' }, T0);

    await connect(db);
    expect(await runSyncRound(deps(db, T0 + 1_000))).toMatchObject({ kind: 'synced', pushed: 4 });
    expect(await byRapportId<Patient>('Patient', client.id)).toMatchObject([{ name: [{ text: 'Eve Sealy' }] }]);
    expect(await byRapportId<Communication>('Communication', contact.id)).toMatchObject([{ note: [{ text: 'Welcome call' }] }]);
    expect(await byRapportId<Task>('Task', callback.id)).toMatchObject([{ description: 'Follow up' }]);
    expect(await byRapportId<Task>('Task', tick.id)).toMatchObject([{ status: 'completed' }]);
    for (const [type, id] of [['Task', risk.id], ['Communication', deleted.id], ['Patient', seen.id]] as const) expect(await byRapportId(type, id)).toEqual([]);
    expect(await loadOutbox(db)).toEqual([]);
  });

  test('a first upload stopped after the server committed a batch (answer lost) resumes from its cursor: every record once, none lost', async () => {
    const db = await caseload();
    const client = await createClient(db, { name: 'Di Reyes', mrn: 'FU-4', system: EHR }, T0);
    const contacts = [];
    // More than one run of records read together (first-upload.ts), so the stop falls after a run the cursor passed.
    for (let i = 0; i < 300; i++) contacts.push(await logContact(db, { clientId: client.id, at: T0 + i, channel: 'call', direction: 'outbound', outcome: 'reached', note: `Call ${i}`, tags: [] }, T0));
    await connect(db);
    const posts: string[] = [];
    // The client's transaction, the first run's three batches of contacts (bundle.ts), then the second run's batch: cut there.
    let cutAt = 5;
    const lossy = (round: RoundDeps): RoundDeps => ({
      ...round,
      transport: (fhirBase, accessToken) => {
        const real = createTransport({ fhirBase, allowLoopbackHttp: true, accessToken });
        return async (method, url, options) => {
          const answer = await real(method, url, options);
          if (method === 'POST') {
            posts.push(url);
            if (--cutAt === 0) throw new SyncError('offline', 'gone');
          }
          return answer as never;
        };
      },
    });
    expect(await runSyncRound(lossy(deps(db, T0 + 1_000)))).toMatchObject({ kind: 'failed', error: { kind: 'offline' } });
    const before = posts.length;
    expect(await runSyncRound(lossy(deps(db, T0 + 120_000)))).toMatchObject({ kind: 'synced' });
    // Runs past the cursor are not sent again: at most the run the stop fell in (44 contacts, one batch).
    expect(before).toBe(5);
    expect(posts.length - before).toBeLessThanOrEqual(1);
    expect(await byRapportId('Patient', client.id)).toHaveLength(1);
    const [patient] = await byRapportId<Patient>('Patient', client.id);
    const onServer = ((await admin<Bundle>('GET', `Communication?subject=Patient/${patient!.id}&_count=1000`)).body.entry ?? []).map((entry) => entry.resource as Communication);
    expect(onServer).toHaveLength(300);
    const ids = onServer.map((communication) => communication.identifier?.find((identifier) => identifier.system === RAPPORT_IDENTIFIER_SYSTEM)?.value);
    expect(new Set(ids)).toEqual(new Set(contacts.map((contact) => contact.id)));
  });

  test('a batch the server answers with one entry refused fails the round; the next round sends it again and every record is there once', async () => {
    const db = await caseload();
    const client = await createClient(db, { name: 'Flo Batch', mrn: 'FU-6', system: EHR }, T0);
    const contacts = [];
    for (let i = 0; i < 120; i++) contacts.push(await logContact(db, { clientId: client.id, at: T0 + i, channel: 'call', direction: 'outbound', outcome: 'reached', note: `Call ${i}`, tags: [] }, T0));
    await connect(db);
    let refused = false;
    const refusing = (round: RoundDeps): RoundDeps => ({
      ...round,
      transport: (fhirBase, accessToken) => {
        const real = createTransport({ fhirBase, allowLoopbackHttp: true, accessToken });
        return async (method, url, options) => {
          const answer = await real<Bundle>(method, url, options);
          const bundle = options?.json as { type?: string } | undefined;
          // The server committed the rest of the batch; one entry it refused.
          if (!refused && bundle?.type === 'batch' && answer.body.entry?.[50]?.response) {
            refused = true;
            answer.body.entry[50].response.status = '422';
          }
          return answer as never;
        };
      },
    });
    expect(await runSyncRound(refusing(deps(db, T0 + 1_000)))).toMatchObject({ kind: 'failed', error: { kind: 'bad-response', status: 422 } });
    expect(refused).toBe(true);
    expect(await runSyncRound(refusing(deps(db, T0 + 120_000)))).toMatchObject({ kind: 'synced' });
    const [patient] = await byRapportId<Patient>('Patient', client.id);
    const onServer = ((await admin<Bundle>('GET', `Communication?subject=Patient/${patient!.id}&_count=1000`)).body.entry ?? []).map((entry) => entry.resource as Communication);
    const ids = onServer.map((communication) => communication.identifier?.find((identifier) => identifier.system === RAPPORT_IDENTIFIER_SYSTEM)?.value);
    expect(ids.sort()).toEqual(contacts.map((contact) => contact.id).sort());
  });

  test('erasing a client with sync on retires them and their records on the server by status, never by deletion', async () => {
    const db = await caseload();
    await connect(db);
    const { client, contact, callback } = await kept(db, 'FU-2', 'Bea Stone');
    await runSyncRound(deps(db, T0 + 1_000));

    await deleteClientCompletely(db, client.id, T0 + 2_000);
    expect((await loadOutbox(db)).map((entry) => entry.store).sort()).toEqual(['callbacks', 'clients', 'contacts']);
    expect(await runSyncRound(deps(db, T0 + 3_000))).toMatchObject({ kind: 'synced', pushed: 3 });
    expect(await byRapportId<Patient>('Patient', client.id)).toMatchObject([{ active: false }]);
    expect(await byRapportId<Communication>('Communication', contact.id)).toMatchObject([{ status: 'entered-in-error' }]);
    expect(await byRapportId<Task>('Task', callback.id)).toMatchObject([{ status: 'entered-in-error' }]);
    expect(await loadOutbox(db)).toEqual([]);
  });

  test('a backup imported while sync is on reaches the server', async () => {
    const source = await caseload();
    const { client, contact, callback } = await kept(source, 'FU-3', 'Cy Marsh');
    const text = JSON.stringify(await exportBackup(source, T0));

    const db = await caseload();
    await connect(db);
    await runSyncRound(deps(db, T0));
    await applyImport(db, await planImport(db, await openBackup(text, '', { currentSchemaVersion: DB_VERSION })), T0 + 1_000);
    expect((await loadOutbox(db)).map((entry) => entry.id).sort()).toEqual([client.id, contact.id, callback.id].sort());
    expect(await runSyncRound(deps(db, T0 + 2_000))).toMatchObject({ kind: 'synced', pushed: 3 });
    expect(await byRapportId('Patient', client.id)).toHaveLength(1);
    expect(await byRapportId('Communication', contact.id)).toHaveLength(1);
    expect(await byRapportId('Task', callback.id)).toHaveLength(1);
  });
});
