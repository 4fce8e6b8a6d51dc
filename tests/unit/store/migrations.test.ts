import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, migrations, openRapportDb, type Migration } from '../../../src/store/db';
import { createClient, getClient } from '../../../src/store/clients';
import { addCallback, countOverdue } from '../../../src/store/callbacks';
import { T0 } from './helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('schema v1', () => {
  it('creates the stores and indexes', async () => {
    const db = await openRapportDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['callbacks', 'checklists', 'clients', 'contacts', 'meta']);
    const tx = db.transaction(['clients', 'contacts', 'callbacks', 'checklists']);
    expect([...tx.objectStore('clients').indexNames].sort()).toEqual(['by_identity', 'by_nameDob', 'by_searchName', 'by_updatedAt']);
    expect(tx.objectStore('clients').index('by_identity').multiEntry).toBe(true);
    expect([...tx.objectStore('contacts').indexNames]).toEqual(['by_client_at']);
    expect([...tx.objectStore('callbacks').indexNames].sort()).toEqual(['by_client', 'by_status_due']);
    expect([...tx.objectStore('checklists').indexNames]).toEqual(['by_client']);
    expect(await db.get('meta', 'schemaVersion')).toEqual({ key: 'schemaVersion', value: 1 });
    db.close();
  });

  it('refuses a version it has no migration for', async () => {
    await expect(openRapportDb(DB_NAME, DB_VERSION + 1)).rejects.toThrow(/migration/i);
  });
});

describe('migration framework', () => {
  it('upgrades seeded v1 data to a test v2 step, in order, keeping the data', async () => {
    const v1 = await openRapportDb();
    const client = await createClient(v1, { name: 'Ada Lovelace', dob: '1815-12-10', mrn: 'A1' }, T0);
    await addCallback(v1, { clientId: client.id, dueAt: T0 - 1 }, T0);
    v1.close();

    const ran: number[] = [];
    const v2: Migration = (db, tx) => {
      ran.push(2);
      // A future step adds an index the typed schema does not know yet.
      (tx.objectStore('clients') as unknown as IDBObjectStore).createIndex('by_dob', 'dob');
      expect(db.version).toBe(2);
    };
    const steps = [...migrations, v2];
    const db = await openRapportDb(DB_NAME, 2, steps);
    expect(db.version).toBe(2);
    expect(ran).toEqual([2]);
    expect(await getClient(db, client.id)).toEqual(client);
    expect(await countOverdue(db, T0)).toBe(1);
    const raw = db as unknown as IDBPDatabase;
    expect(await raw.getAllKeysFromIndex('clients', 'by_dob', '1815-12-10')).toEqual([client.id]);
    expect(await db.get('meta', 'schemaVersion')).toEqual({ key: 'schemaVersion', value: 2 });
    db.close();
  });

  it('runs every step from 0 in order on a new database', async () => {
    const ran: number[] = [];
    const steps: Migration[] = [
      (db, tx) => {
        ran.push(1);
        migrations[0]!(db, tx);
      },
      () => ran.push(2),
      () => ran.push(3),
    ];
    const db = await openRapportDb('order-test', 3, steps);
    expect(ran).toEqual([1, 2, 3]);
    db.close();
  });

  it('a failing step leaves the old version and its data intact', async () => {
    const v1 = await openRapportDb();
    const client = await createClient(v1, { name: 'Grace Hopper' }, T0);
    v1.close();
    const broken: Migration = (_db, tx) => {
      tx.objectStore('clients').clear().catch(() => {});
      throw new Error('boom');
    };
    await expect(openRapportDb(DB_NAME, 2, [...migrations, broken])).rejects.toThrow();
    const again = await openRapportDb();
    expect(again.version).toBe(1);
    expect(await getClient(again, client.id)).toEqual(client);
    again.close();
  });
});
