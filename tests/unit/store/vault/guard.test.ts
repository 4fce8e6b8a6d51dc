import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openRapportDb, type RapportDb } from '../../../../src/store/db';
import { notifyChanged } from '../../../../src/store/changes';
import { addCallback, callbacksForClient } from '../../../../src/store/callbacks';
import { findClients, recordSeenClient } from '../../../../src/store/clients';
import { isSealed, LockedError, type VaultStatus } from '../../../../src/store/vault/codec';
import { newDataKey, wrapDataKey } from '../../../../src/store/vault/crypto';
import { VaultGuard, type LoadVault } from '../../../../src/store/vault/guard';
import type { KeyRing } from '../../../../src/store/vault/keyring';
import { Vault, VAULT_META_KEY } from '../../../../src/store/vault/vault';
import { TEST_ITERATIONS } from '../sealed-mode';
import { memoryKeyRing } from './memory-keyring';
import { DAY_MS } from '../../../../src/domain/time/dates';

const T0 = Date.UTC(2026, 10, 2, 15, 0);
const PASS = 'a long enough passphrase';
const ORIGIN = 'https://ehr.example.org';
const seen = {
  context: { name: 'Ann Marie Example', mrn: 'AT-1912', dob: '1950-03-04', source: 'demo', confidence: 1 },
  system: ORIGIN,
  url: `${ORIGIN}/chart/AT-1912`,
};

let db: RapportDb;
let guard: VaultGuard | undefined;
let loads: number;
const load: LoadVault = (database, keyRing) => {
  loads++;
  return Vault.attach(database, keyRing, { iterations: TEST_ITERATIONS });
};

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  loads = 0;
});
afterEach(() => {
  guard?.detach();
  db.close();
});

/** Another window sets a passphrase: its envelope lands in meta and its key (when unlocked) in the shared ring. */
async function passphraseSetElsewhere(ring: KeyRing, { unlocked }: { unlocked: boolean }): Promise<void> {
  const keys = await newDataKey();
  await db.put('meta', { key: VAULT_META_KEY, value: await wrapDataKey(keys, PASS, TEST_ITERATIONS) });
  notifyChanged({ store: 'meta', ids: [VAULT_META_KEY] });
  if (unlocked) await ring.save(keys.raw);
}

/** A vault loader held until `release()`: the crypto chunk still on its way. */
function slowLoad() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const loader: LoadVault = async (database, keyRing) => {
    await gate;
    return load(database, keyRing);
  };
  return { loader, release };
}

describe('vault guard (the panel loads no crypto code until a passphrase is set)', () => {
  test('without a passphrase, reads and writes go through in the clear and the vault never loads', async () => {
    guard = await VaultGuard.attach(db, memoryKeyRing(), load);
    const { client } = await recordSeenClient(db, seen, T0);
    await addCallback(db, { clientId: client.id, dueAt: T0 + DAY_MS, reason: 'Pharmacy' }, T0);
    expect((await callbacksForClient(db, client.id)).map((callback) => callback.reason)).toEqual(['Pharmacy']);
    expect((await findClients(db, 'Ann')).map((found) => found.id)).toEqual([client.id]);
    expect(guard.status).toBe('off');
    expect(loads).toBe(0);
    expect(guard.loaded).toBe(false);
  });

  test('a passphrase set elsewhere: a write made while the crypto code is still loading waits for it and is sealed', async () => {
    const ring = memoryKeyRing();
    const { loader, release } = slowLoad();
    guard = await VaultGuard.attach(db, ring, loader);
    const { client } = await recordSeenClient(db, seen, T0);
    await passphraseSetElsewhere(ring, { unlocked: true });
    await vi.waitFor(() => expect(guard?.status).not.toBe('off'));
    expect(guard.loaded).toBe(false);
    const writing = addCallback(db, { clientId: client.id, dueAt: T0 + DAY_MS, reason: 'Pharmacy called back about Ann' }, T0);
    const visiting = recordSeenClient(db, seen, T0 + DAY_MS);
    release();
    const callback = await writing;
    const visited = await visiting;
    const raw = await db.get('callbacks', callback.id);
    expect(isSealed(raw)).toBe(true);
    expect(JSON.stringify(await db.getAll('callbacks'))).not.toContain('Pharmacy');
    expect(isSealed(await db.get('clients', visited.client.id))).toBe(true);
    expect(guard.status).toBe('unlocked');
    expect((await callbacksForClient(db, client.id)).map((read) => read.reason)).toEqual(['Pharmacy called back about Ann']);
  });

  test('a passphrase set elsewhere and this browser locked: the write is refused and nothing is stored', async () => {
    const ring = memoryKeyRing();
    guard = await VaultGuard.attach(db, ring, load);
    const heard: VaultStatus[] = [];
    guard.onStatus((status) => heard.push(status));
    const { client } = await recordSeenClient(db, seen, T0);
    await passphraseSetElsewhere(ring, { unlocked: false });
    await vi.waitFor(() => expect(heard).toEqual(['locked']));
    await expect(addCallback(db, { clientId: client.id, dueAt: T0 + DAY_MS, reason: 'Pharmacy' }, T0)).rejects.toBeInstanceOf(LockedError);
    expect(await db.getAll('callbacks')).toEqual([]);
  });

  test('a sealed database: the vault loads at attach, the lock screen hears the status and unlock opens it', async () => {
    const ring = memoryKeyRing();
    await passphraseSetElsewhere(ring, { unlocked: false });
    guard = await VaultGuard.attach(db, ring, load);
    expect(guard.status).toBe('locked');
    const heard: VaultStatus[] = [];
    guard.onStatus((status) => heard.push(status));
    await guard.unlock(PASS);
    expect(guard.status).toBe('unlocked');
    expect(heard).toEqual(['unlocked']);
    const { client } = await recordSeenClient(db, seen, T0);
    expect(JSON.stringify(await db.get('clients', client.id))).not.toContain('Ann Marie');
    await guard.lock();
    expect(guard.status).toBe('locked');
    expect(loads).toBe(1);
  });

  test('crypto code that fails to load refuses the write (never writes it in the clear), and the next write loads it again', async () => {
    const ring = memoryKeyRing();
    let fail = true;
    guard = await VaultGuard.attach(db, ring, (database, keyRing) => (fail ? Promise.reject(new Error('chunk gone')) : load(database, keyRing)));
    const { client } = await recordSeenClient(db, seen, T0);
    await passphraseSetElsewhere(ring, { unlocked: true });
    await vi.waitFor(() => expect(guard?.status).toBe('locked'));
    await expect(addCallback(db, { clientId: client.id, dueAt: T0 + DAY_MS, reason: 'Pharmacy' }, T0)).rejects.toThrow('chunk gone');
    expect(await db.getAll('callbacks')).toEqual([]);
    fail = false;
    const callback = await addCallback(db, { clientId: client.id, dueAt: T0 + DAY_MS, reason: 'Pharmacy' }, T0);
    expect(isSealed(await db.get('callbacks', callback.id))).toBe(true);
  });
});
