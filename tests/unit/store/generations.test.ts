import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DB_NAME, DB_VERSION, openRapportDb, whenOpen, type RapportDb } from '../../../src/store/db';
import { RAW_STORE_NAMES, readRawStores } from '../../../src/store/raw-stores';
import { getClient, recordSeenClient } from '../../../src/store/clients';
import { contactsForClient, logContact } from '../../../src/store/contacts';
import { Vault } from '../../../src/store/vault/vault';
import { memoryKeyRing } from './vault/memory-keyring';
import { TEST_ITERATIONS } from './sealed-mode';
import { fakeStorageBuckets } from './fake-buckets';
import { takeOverLegacyWith } from '../../../src/store/current-generation';
import { takeOverLegacy } from '../../../src/store/legacy';
import { T0 } from './helpers';

const PASS = 'a long enough passphrase';
const seen = {
  context: { name: 'Ann Marie Example', mrn: 'AT-1912', dob: '1950-03-04', source: 'demo', confidence: 1 },
  system: 'https://ehr.example.org',
  url: 'https://ehr.example.org/chart/AT-1912',
};

let buckets: ReturnType<typeof fakeStorageBuckets>;
const opened: RapportDb[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  buckets = fakeStorageBuckets();
  // As the service worker and the options page do (platform/database.ts).
  takeOverLegacyWith(takeOverLegacy);
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.unstubAllGlobals();
});

const useBuckets = () => vi.stubGlobal('navigator', { storageBuckets: buckets, locks: navigator.locks });

async function open(): Promise<RapportDb> {
  const db = await openRapportDb();
  opened.push(db);
  return db;
}

const defaultDatabases = async () => (await indexedDB.databases()).map((info) => info.name);

/** Every row of the bucket's database as text: what its folder on disk holds. */
async function bucketText(bucket: string): Promise<string> {
  const factory = buckets.buckets.get(bucket)!;
  const db = await new Promise<IDBDatabase>((resolve) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
  });
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  const rows = await Promise.all(names.map((name) => new Promise((resolve) => (tx.objectStore(name).getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result)))));
  db.close();
  return JSON.stringify(rows);
}

async function seal(db: RapportDb): Promise<Vault> {
  const vault = await Vault.attach(db, memoryKeyRing(), { iterations: TEST_ITERATIONS });
  await vault.enable(PASS);
  return vault;
}

describe('the database in Storage Buckets', () => {
  test('a new profile opens it in the bucket rapport-1, nothing in the default IndexedDB', async () => {
    useBuckets();
    const db = await open();
    const { client } = await recordSeenClient(db, seen, T0);
    expect(await buckets.keys()).toEqual(['rapport-1']);
    expect(await defaultDatabases()).toEqual([]);
    expect(await bucketText('rapport-1')).toContain('Ann Marie');
    expect(db.name).toBe(DB_NAME);
    expect((await getClient(db, client.id))?.name).toBe('Ann Marie Example');
  });

  test('setting a passphrase writes the sealed records into rapport-2 and deletes rapport-1 whole', async () => {
    useBuckets();
    const db = await open();
    const { client } = await recordSeenClient(db, seen, T0);
    await seal(db);
    expect(await buckets.keys()).toEqual(['rapport-2']);
    expect(await bucketText('rapport-2')).not.toContain('Ann Marie');
    expect((await getClient(db, client.id))?.name).toBe('Ann Marie Example');
  });

  test('the highest complete bucket is opened; an incomplete one above it and older ones go', async () => {
    useBuckets();
    const db = await open();
    const { client } = await recordSeenClient(db, seen, T0);
    db.close();
    opened.length = 0;
    // A rewrite stopped before its database was complete: the bucket, and one whose creation was undone.
    await buckets.open('rapport-3');
    const aborted = (await buckets.open('rapport-2')).indexedDB.open(DB_NAME, 1);
    aborted.onupgradeneeded = () => aborted.transaction!.abort();
    await new Promise((resolve) => (aborted.onerror = resolve));
    const again = await open();
    expect(await buckets.keys()).toEqual(['rapport-1']);
    expect((await getClient(again, client.id))?.name).toBe('Ann Marie Example');
  });

  test('a sealing stopped after its bucket was complete, before the old one was deleted: the sealed one is kept', async () => {
    useBuckets();
    const db = await open();
    const { client } = await recordSeenClient(db, seen, T0);
    buckets.failNext.add('delete');
    await expect(seal(db)).rejects.toThrow(/stopped/);
    expect(await buckets.keys()).toEqual(['rapport-1', 'rapport-2']);
    db.close();
    opened.length = 0;
    const again = await open();
    expect(await buckets.keys()).toEqual(['rapport-2']);
    expect(await bucketText('rapport-2')).not.toContain('Ann Marie');
    expect(await Vault.attach(again, memoryKeyRing()).then((vault) => vault.status)).toBe('locked');
    expect((await again.get('clients', client.id))?.id).toBe(client.id);
  });

  test('a sealing stopped before its bucket was made leaves the records as they were', async () => {
    useBuckets();
    const db = await open();
    await recordSeenClient(db, seen, T0);
    buckets.failNext.add('open');
    await expect(seal(db)).rejects.toThrow(/stopped/);
    await whenOpen(db);
    expect(await buckets.keys()).toEqual(['rapport-1']);
    expect(await bucketText('rapport-1')).toContain('Ann Marie');
  });

  test('a database an earlier version left in the default IndexedDB moves into rapport-1, migrated, and leaves it', async () => {
    const legacy = await openRapportDb(DB_NAME, DB_VERSION - 1);
    const { client } = await recordSeenClient(legacy, seen, T0);
    legacy.close();
    useBuckets();
    const db = await open();
    expect(await defaultDatabases()).toEqual([]);
    expect(await buckets.keys()).toEqual(['rapport-1']);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('serverIds');
    expect((await getClient(db, client.id))?.name).toBe('Ann Marie Example');
  });

  test('two windows\' handles follow a sealing to the new bucket, and their writes land there', async () => {
    useBuckets();
    const db = await open();
    const other = await open();
    const third = await open();
    const { client } = await recordSeenClient(db, seen, T0);
    await seal(db);
    await Promise.all([whenOpen(other), whenOpen(third)]);
    await logContact(other, { clientId: client.id, at: T0 + 1, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'After the swap', tags: [] }, T0 + 1);
    await logContact(third, { clientId: client.id, at: T0 + 2, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'From the third', tags: [] }, T0 + 2);
    expect(await buckets.keys()).toEqual(['rapport-2']);
    expect((await contactsForClient(db, client.id)).map((c) => c.note).sort()).toEqual(['After the swap', 'From the third']);
  });

  test('a write that commits after the records were sealed, right before the old bucket goes, is not lost', async () => {
    useBuckets();
    const db = await open();
    const other = await open();
    const { client } = await recordSeenClient(db, seen, T0);
    const realOpen = buckets.open.bind(buckets);
    let wrote = false;
    // The moment the new bucket is made, the sealed copy is final: a write now is not in it.
    buckets.open = async (name, options) => {
      if (name === 'rapport-2' && !wrote) {
        wrote = true;
        await logContact(other, { clientId: client.id, at: T0 + 1, channel: 'call', direction: 'inbound', outcome: 'reached', note: 'Logged mid-sealing', tags: [] }, T0 + 1);
      }
      return realOpen(name, options);
    };
    await seal(db);
    expect(wrote).toBe(true);
    expect((await contactsForClient(db, client.id)).map((c) => c.note)).toEqual(['Logged mid-sealing']);
    expect(await bucketText((await buckets.keys()).at(-1)!)).not.toContain('Logged mid-sealing');
  });

  test('a sealing an earlier version stopped between deleting the database and writing it afresh is finished from its copy', async () => {
    const db = await openRapportDb();
    const { client } = await recordSeenClient(db, seen, T0);
    await seal(db);
    const copy = await readRawStores(db);
    db.close();
    // As that version left it: only the sealed copy, in the default IndexedDB.
    const staging = await openRapportDb('rapport-sealing');
    const tx = staging.transaction(RAW_STORE_NAMES, 'readwrite');
    for (const store of RAW_STORE_NAMES) for (const row of copy[store] as object[]) void tx.objectStore(store).put(row as never);
    await tx.done;
    staging.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase('rapport-1').onsuccess = resolve));
    expect(await defaultDatabases()).toEqual(['rapport-sealing']);
    useBuckets();
    const again = await open();
    expect(await defaultDatabases()).toEqual([]);
    expect(await buckets.keys()).toEqual(['rapport-1']);
    expect(await Vault.attach(again, memoryKeyRing()).then((vault) => vault.status)).toBe('locked');
    expect((await again.get('clients', client.id))?.id).toBe(client.id);
  });
});
