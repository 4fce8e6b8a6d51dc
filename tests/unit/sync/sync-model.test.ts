// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import type { KeyRing } from '../../../src/store/vault/keyring';
import { memoryKeyRing } from '../store/vault/memory-keyring';
import { Vault } from '../../../src/store/vault/vault';
import { createSyncModel, type SyncHost } from '../../../src/options/components/sync-model';
import { createTransport } from '../../../src/sync/transport';
import { loadSyncSettings, saveSyncSettings } from '../../../src/sync/settings';
import { loadSyncStatus, readStatusView, saveSyncStatus } from '../../../src/sync/status';
import { OUTBOX_PREFIX } from '../../../src/store/sync-queue';
import { loadTokens, vaultTokenSealer } from '../../../src/sync/token-store';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from '../../sync/harness/loopback-server';
import { followAuthorize, smartDeps, TEST_CLIENT_ID, TEST_REDIRECT_URI } from '../../sync/harness/sign-in';

/**
 * The options page's connect flow against the test SMART server and Medplum's router on loopback
 * (Node environment: in the extension the origin grant lifts CORS, which happy-dom would enforce).
 * The browser is faked: a journal records the order of what the model asked of it, so the
 * permission request is shown to come before anything else (Firefox refuses it otherwise).
 */
let server: LoopbackServer;
let db: RapportDb;
let ring: KeyRing;
let vault: Vault;
let journal: string[];
let grant: boolean;
let granted: Set<string>;
let disposers: (() => void)[] = [];

beforeAll(async () => {
  server = await startLoopbackServer({ users: { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' } } });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  ring = memoryKeyRing();
  vault = await Vault.attach(db, ring, { iterations: 1000 });
  journal = [];
  grant = true;
  granted = new Set();
});
afterEach(() => {
  disposers.splice(0).forEach((dispose) => dispose());
  vault.detach();
  db.close();
});

function fakeHost(overrides: Partial<SyncHost> = {}): SyncHost {
  const { send: _unused, ...smart } = smartDeps(createTransport({ fhirBase: server.fhirBase, allowLoopbackHttp: true }));
  return {
    requestAccess: (pattern) => {
      journal.push(`request ${pattern}`);
      if (grant) granted.add(pattern);
      return Promise.resolve(grant);
    },
    removeAccess: async (pattern) => {
      journal.push(`remove ${pattern}`);
      return granted.delete(pattern);
    },
    allowLoopbackHttp: true,
    transport: (fhirBase) => {
      const send = createTransport({ fhirBase, allowLoopbackHttp: true });
      return (method, url, options) => {
        journal.push(`${method} ${new URL(url).pathname}`);
        if (!granted.has(`${new URL(url).origin}/*`)) throw new Error('sent without the origin granted');
        return send(method, url, options);
      };
    },
    redirectUrl: () => TEST_REDIRECT_URI,
    signInWindow: async (url) => {
      journal.push('sign-in window');
      return followAuthorize(url);
    },
    smart,
    now: () => 1_700_000_000_000,
    // What the background answers, from the same database, without a round.
    syncStatus: () => readStatusView(db),
    every: () => () => {},
    ...overrides,
  };
}

function model(host = fakeHost()) {
  const sync = createSyncModel(host, db, vault, vaultTokenSealer(vault, ring));
  disposers.push(sync.dispose);
  return sync;
}

describe('connecting team sync from the options page', () => {
  test('asks for the origin first, then discovers, signs in, and says who is connected', async () => {
    const sync = model();
    await sync.load();
    expect(sync.settings.value?.enabled).toBe(false);
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(true);
    expect(journal[0]).toBe(`request ${server.origin}/*`);
    expect(journal).toEqual([
      `request ${server.origin}/*`,
      'GET /fhir/R4/.well-known/smart-configuration',
      'sign-in window',
      'POST /auth/token',
    ]);
    expect(sync.settings.value).toEqual({ enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, fhirUser: 'Practitioner/alice', connectedAt: 1_700_000_000_000 });
    expect(sync.error.value).toBeNull();
    expect(sync.tokensClear.value).toBe(true);
    expect((await loadTokens(db, vaultTokenSealer(vault, ring)))?.fhirUser).toBe('Practitioner/alice');
  });

  test('the permission request starts synchronously, before the click handler returns', async () => {
    const sync = model();
    const connecting = sync.connect(server.fhirBase, TEST_CLIENT_ID);
    expect(journal).toEqual([`request ${server.origin}/*`]);
    expect(await connecting).toBe(true);
  });

  test('permission refused: nothing is sent, and the page says why', async () => {
    grant = false;
    const sync = model();
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(false);
    expect(journal.filter((line) => !line.startsWith('request') && !line.startsWith('remove'))).toEqual([]);
    expect(sync.error.value).toMatch(/permission/);
    expect((await loadSyncSettings(db)).enabled).toBe(false);
  });

  test('an address that is not https is refused before any permission is asked', async () => {
    const sync = model(fakeHost({ allowLoopbackHttp: false }));
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(false);
    expect(journal).toEqual([]);
    expect(sync.error.value).toMatch(/https/);
  });

  test('a failed sign-in gives the origin back, keeps sync off and stores the error in words', async () => {
    const sync = model(fakeHost({ signInWindow: async (url) => `${TEST_REDIRECT_URI}?state=${new URL(url).searchParams.get('state')}&error=access_denied&error_description=User+cancelled` }));
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(false);
    expect(sync.error.value).toMatch(/User cancelled/);
    expect(granted.size).toBe(0);
    const stored = await loadSyncSettings(db);
    expect(stored.enabled).toBe(false);
    expect(stored.lastError).toMatch(/User cancelled/);
    expect(await loadTokens(db, vaultTokenSealer(vault, ring))).toBeUndefined();
  });

  test('with a passphrase set the tokens are sealed and no warning shows; locked, connect is refused first', async () => {
    await vault.enable('correct horse battery staple');
    const sync = model();
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(true);
    expect(sync.tokensClear.value).toBe(false);
    await sync.disconnect();
    await vault.lock();
    journal = [];
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(false);
    expect(journal).toEqual([]);
    expect(sync.error.value).toMatch(/passphrase/);
  });

  test('a passphrase set after sign-in seals the tokens stored in the clear, and the warning goes', async () => {
    const sync = model();
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(true);
    expect(sync.tokensClear.value).toBe(true);
    const clear = await loadTokens(db, vaultTokenSealer(vault, ring));
    await vault.enable('correct horse battery staple');
    await expect.poll(() => sync.tokensClear.value).toBe(false);
    const stored = (await db.get('meta', 'sync-tokens'))?.value as object;
    expect(Object.keys(stored)).toEqual(['sealed']);
    expect(JSON.stringify(stored)).not.toContain(clear?.accessToken);
    expect((await loadTokens(db, vaultTokenSealer(vault, ring)))?.accessToken).toBe(clear?.accessToken);
  });

  test('disconnect forgets the tokens and gives the origin back; the address stays for next time', async () => {
    const sync = model();
    await sync.connect(server.fhirBase, TEST_CLIENT_ID);
    await sync.disconnect();
    expect(journal.at(-1)).toBe(`remove ${server.origin}/*`);
    expect(granted.size).toBe(0);
    expect(sync.settings.value).toEqual({ enabled: false, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID });
    expect(await loadTokens(db, vaultTokenSealer(vault, ring))).toBeUndefined();
  });
});

describe('signing in again from the options page', () => {
  const T0 = 1_700_000_000_000;
  /** The state a refused sign-in leaves: a round recorded the refusal against this connection, and a change waits. */
  async function refusedWithAChangeWaiting(sync: ReturnType<typeof model>) {
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(true);
    await saveSyncSettings(db, { ...(await loadSyncSettings(db)), role: 'supervisor' });
    await db.put('meta', { key: `${OUTBOX_PREFIX}contacts/c1`, value: { store: 'contacts', id: 'c1', queuedAt: T0 - 120_000, edits: 1 } });
    await saveSyncStatus(db, { failures: 2, lastSyncedAt: T0 - 60_000, lastError: 'The team server no longer accepts your sign-in.', signInRefusedFor: T0 });
    await sync.load();
    expect(sync.status.value).toEqual({ on: true, lastSyncedAt: T0 - 60_000, waiting: 1, lastError: 'The team server no longer accepts your sign-in.', needsSignIn: true });
    journal = [];
  }

  test('keeps the settings and the waiting change, runs the SMART flow again (permission first) and clears the refusal', async () => {
    let now = T0;
    const asked: boolean[] = [];
    const sync = model(
      fakeHost({
        now: () => now,
        syncStatus: (run) => {
          asked.push(run);
          return readStatusView(db);
        },
      }),
    );
    await refusedWithAChangeWaiting(sync);
    const tokensBefore = await loadTokens(db, vaultTokenSealer(vault, ring));
    now = T0 + 3_600_000;
    const signingIn = sync.signInAgain();
    expect(journal).toEqual([`request ${server.origin}/*`]);
    expect(await signingIn).toBe(true);
    expect(journal).toEqual([`request ${server.origin}/*`, 'GET /fhir/R4/.well-known/smart-configuration', 'sign-in window', 'POST /auth/token']);
    expect(sync.error.value).toBeNull();
    expect(await loadSyncSettings(db)).toEqual({ enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, fhirUser: 'Practitioner/alice', role: 'supervisor', connectedAt: T0 + 3_600_000 });
    const tokensAfter = await loadTokens(db, vaultTokenSealer(vault, ring));
    expect(tokensAfter?.accessToken).toBeTruthy();
    expect(tokensAfter?.accessToken).not.toBe(tokensBefore?.accessToken);
    expect(await loadSyncStatus(db)).toEqual({ failures: 0, lastSyncedAt: T0 - 60_000 });
    // The user asked for it to move again: a round is asked for at once.
    await expect.poll(() => asked.includes(true)).toBe(true);
    expect(await readStatusView(db)).toEqual({ on: true, lastSyncedAt: T0 - 60_000, waiting: 1, needsSignIn: false });
  });

  test('a sign-in that does not finish leaves the connection, its grant and its refusal as they were', async () => {
    let fail = false;
    const sync = model(
      fakeHost({
        signInWindow: async (url) => {
          journal.push('sign-in window');
          return fail ? `${TEST_REDIRECT_URI}?state=${new URL(url).searchParams.get('state')}&error=access_denied&error_description=User+cancelled` : followAuthorize(url);
        },
      }),
    );
    await refusedWithAChangeWaiting(sync);
    const settingsBefore = await loadSyncSettings(db);
    fail = true;
    expect(await sync.signInAgain()).toBe(false);
    expect(sync.error.value).toMatch(/User cancelled/);
    expect(journal.some((line) => line.startsWith('remove'))).toBe(false);
    expect(granted.has(`${server.origin}/*`)).toBe(true);
    expect(await loadSyncSettings(db)).toEqual(settingsBefore);
    expect((await readStatusView(db)).needsSignIn).toBe(true);
    expect((await readStatusView(db)).waiting).toBe(1);
  });

  test('offered only while connected, and refused while locked before anything is asked', async () => {
    const sync = model();
    await sync.load();
    expect(await sync.signInAgain()).toBe(false);
    expect(journal).toEqual([]);
    await vault.enable('correct horse battery staple');
    expect(await sync.connect(server.fhirBase, TEST_CLIENT_ID)).toBe(true);
    await vault.lock();
    journal = [];
    expect(await sync.signInAgain()).toBe(false);
    expect(journal).toEqual([]);
    expect(sync.error.value).toMatch(/passphrase/);
  });
});
