import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, migrations, openRapportDb, type Migration } from '../../../src/store/db';
import { createClient, getClient } from '../../../src/store/clients';
import { addCallback, countOverdue } from '../../../src/store/callbacks';
import { deleteContact, logContact } from '../../../src/store/contacts';
import { T0 } from './helpers';
import { COVER_PREFIX, OUTBOX_PREFIX } from '../../../src/store/sync-queue';
import { countWaiting } from '../../../src/sync/status';
import { loadOutbox, loadServerIds } from '../../../src/sync/outbox';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the current schema', () => {
  it('creates the stores and indexes', async () => {
    const db = await openRapportDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('meta').store.indexNames]).toEqual(['by_waiting']);
    expect([...db.objectStoreNames].sort()).toEqual([
      'callbacks',
      'checklists',
      'clients',
      'contacts',
      'dispositions',
      'meta',
      'painPoints',
      'serverIds',
      'sites',
    ]);
    expect([...db.transaction('serverIds').store.indexNames]).toEqual([]);
    const tx = db.transaction(['clients', 'contacts', 'callbacks', 'checklists']);
    expect([...tx.objectStore('clients').indexNames].sort()).toEqual(['by_identity', 'by_nameDob', 'by_searchName', 'by_updatedAt']);
    expect(tx.objectStore('clients').index('by_identity').multiEntry).toBe(true);
    expect([...tx.objectStore('contacts').indexNames]).toEqual(['by_client_at']);
    expect([...tx.objectStore('callbacks').indexNames].sort()).toEqual(['by_client', 'by_status_due']);
    expect([...tx.objectStore('checklists').indexNames]).toEqual(['by_client']);
    const v2 = db.transaction(['sites', 'painPoints', 'dispositions']);
    expect(v2.objectStore('sites').index('by_origin').unique).toBe(true);
    expect([...v2.objectStore('painPoints').indexNames]).toEqual(['by_client']);
    expect([...v2.objectStore('dispositions').indexNames]).toEqual(['by_client']);
    expect(await db.get('meta', 'schemaVersion')).toEqual({ key: 'schemaVersion', value: DB_VERSION });
    db.close();
  });

  it('refuses a version it has no migration for', async () => {
    await expect(openRapportDb(DB_NAME, DB_VERSION + 1)).rejects.toThrow(/migration/i);
  });
});

describe('released migrations', () => {
  it('1 → 2 keeps every v1 record and adds the v2 stores', async () => {
    const v1 = await openRapportDb(DB_NAME, 1);
    const client = await createClient(v1, { name: 'Ada Lovelace', dob: '1815-12-10', mrn: 'A1' }, T0);
    const callback = await addCallback(v1, { clientId: client.id, dueAt: T0 - 1 }, T0);
    const contact = await logContact(
      v1,
      { clientId: client.id, at: T0 - 5, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] },
      T0,
    );
    await deleteContact(v1, contact.id, T0 + 1);
    const stored = await getClient(v1, client.id);
    const before = await Promise.all(['clients', 'contacts', 'callbacks', 'checklists'].map((store) => v1.getAll(store as 'clients')));
    v1.close();

    const v2 = await openRapportDb(DB_NAME, 2);
    const after = await Promise.all(['clients', 'contacts', 'callbacks', 'checklists'].map((store) => v2.getAll(store as 'clients')));
    expect(after).toEqual(before);
    expect(await countOverdue(v2, T0)).toBe(1);
    expect(await getClient(v2, client.id)).toEqual(stored);
    expect((await v2.get('callbacks', callback.id))?.rev).toBe(1);
    expect(await v2.get('contacts', contact.id)).toMatchObject({ deleted: true });
    expect(await v2.count('sites')).toBe(0);
    v2.close();
  });
});

describe('2 → 3', () => {
  it('derives every client\'s last success and last attempt from the contacts already stored', async () => {
    const v2 = await openRapportDb(DB_NAME, 2);
    const ada = await createClient(v2, { name: 'Ada Lovelace', mrn: 'A1' }, T0);
    const bob = await createClient(v2, { name: 'Bob Never' }, T0);
    // Written the way version 2 wrote them: contacts alone, clients untouched.
    const contact = (at: number, outcome: string, deleted = false) =>
      deleted
        ? { id: `c${at}`, createdAt: T0, updatedAt: T0, rev: 2, deleted: true }
        : { id: `c${at}`, clientId: ada.id, at, channel: 'call', direction: 'outbound', outcome, tags: [], createdAt: T0, updatedAt: T0, rev: 1 };
    for (const row of [contact(T0 + 1, 'reached'), contact(T0 + 2, 'voicemail'), contact(T0 + 3, 'reached', true)]) {
      await v2.put('contacts', row as never);
    }
    v2.close();

    const v3 = await openRapportDb(DB_NAME, 3);
    expect(await getClient(v3, ada.id)).toMatchObject({ lastSuccessAt: T0 + 1, lastAttemptAt: T0 + 2, rev: ada.rev });
    expect((await getClient(v3, bob.id))?.lastSuccessAt).toBeUndefined();
    expect(await v3.count('contacts')).toBe(3);
    v3.close();
  });
});

describe('3 → 4', () => {
  it('enrols every client with anything recorded for them, from their first act, and drops chart links to other sites', async () => {
    const v3 = await openRapportDb(DB_NAME, 3);
    const client = (id: string, lastUrl?: string) => ({
      id,
      name: `Client ${id}`,
      identities: [{ system: 'https://ehr.example.org', mrn: id, ...(lastUrl ? { lastUrl } : {}) }],
      identityKeys: [`https://ehr.example.org|${id.toUpperCase()}`],
      searchName: `client ${id}`,
      createdAt: T0,
      updatedAt: T0,
      rev: 3,
    });
    const meta = (id: string, createdAt: number) => ({ id, createdAt, updatedAt: createdAt, rev: 1 });
    await v3.put('clients', client('a', 'https://ehr.example.org/chart/a') as never);
    await v3.put('clients', client('b', 'https://elsewhere.example.com/phish') as never);
    for (const id of ['c', 'd', 'e']) await v3.put('clients', client(id) as never);
    await v3.put('contacts', { ...meta('k1', T0 + 5), clientId: 'a', at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] } as never);
    await v3.put('contacts', { ...meta('k2', T0 + 2), clientId: 'a', at: T0, channel: 'call', direction: 'outbound', outcome: 'voicemail', tags: [] } as never);
    await v3.put('callbacks', { ...meta('cb', T0 + 3), clientId: 'b', dueAt: T0, status: 'open' } as never);
    await v3.put('checklists', { ...meta('t', T0 + 4), clientId: 'c', templateId: 'trust', itemId: 'trust.more.remembered', ticks: [T0] } as never);
    await v3.put('painPoints', { ...meta('p', T0 + 6), clientId: 'd', text: 'Stairs', status: 'open', openedAt: T0 } as never);
    // A deleted contact is no act for anyone.
    await v3.put('contacts', { id: 'gone', createdAt: T0, updatedAt: T0, rev: 2, deleted: true } as never);
    v3.close();

    const v4 = await openRapportDb(DB_NAME, 4);
    const enrolled = Object.fromEntries(await Promise.all(['a', 'b', 'c', 'd', 'e'].map(async (id) => [id, (await getClient(v4, id))?.enrolledAt])));
    expect(enrolled).toEqual({ a: T0 + 2, b: T0 + 3, c: T0 + 4, d: T0 + 6, e: undefined });
    expect((await getClient(v4, 'a'))?.identities[0]?.lastUrl).toBe('https://ehr.example.org/chart/a');
    expect((await getClient(v4, 'b'))?.identities[0]).toEqual({ system: 'https://ehr.example.org', mrn: 'b' });
    // Enrolment is not an edit: an open form on the old revision is not made stale.
    expect((await getClient(v4, 'a'))?.rev).toBe(3);
    v4.close();
  });

  it('4 → 5 lists what waits for the team server in an index, and keeps every meta entry', async () => {
    const v4 = await openRapportDb(DB_NAME, 4);
    const entries = [
      { key: `${OUTBOX_PREFIX}contacts/k1`, value: { store: 'contacts', id: 'k1', queuedAt: T0 + 2, edits: 1 } },
      { key: `${OUTBOX_PREFIX}clients/a`, value: { store: 'clients', id: 'a', fields: ['name'], queuedAt: T0 + 1, edits: 3 } },
      { key: `${COVER_PREFIX}pat|1|2`, value: { colleague: 'pat', start: 1, end: 2, timeZone: 'UTC', queuedAt: T0 + 3 } },
      { key: 'sync:server:clients/a', value: 'Patient/1' },
      { key: 'sync:status', value: { failures: 0, lastSyncedAt: T0 } },
    ];
    for (const entry of entries) await v4.put('meta', entry);
    // An outbox entry once settled: its deleted key is not waiting.
    await v4.put('meta', { key: `${OUTBOX_PREFIX}contacts/settled`, value: { store: 'contacts', id: 'settled', queuedAt: T0, edits: 1 } });
    await v4.delete('meta', `${OUTBOX_PREFIX}contacts/settled`);
    const before = await v4.getAll('meta');
    v4.close();

    const v5 = await openRapportDb(DB_NAME, 5);
    expect(await v5.getAll('meta')).toEqual(before.map((row) => (row.key === 'schemaVersion' ? { key: 'schemaVersion', value: 5 } : row)));
    expect(await v5.getAllKeysFromIndex('meta', 'by_waiting')).toEqual([`${OUTBOX_PREFIX}clients/a`, `${OUTBOX_PREFIX}contacts/k1`, `${COVER_PREFIX}pat|1|2`]);
    expect(await countWaiting(v5)).toBe(3);
    expect((await loadOutbox(v5)).map((entry) => entry.id)).toEqual(['a', 'k1']);
    expect(await loadOutbox(v5, ['contacts'])).toEqual([entries[0]!.value]);
    v5.close();
  });

  it('5 → 6 moves team sync\'s server ids out of meta into their own store, and keeps every other entry', async () => {
    const v5 = await openRapportDb(DB_NAME, 5);
    const client = await createClient(v5, { name: 'Ada Lovelace', dob: '1815-12-10', mrn: 'A1' }, T0);
    const kept = [
      { key: `${OUTBOX_PREFIX}contacts/k1`, value: { store: 'contacts', id: 'k1', queuedAt: T0 + 2, edits: 1 } },
      { key: 'sync:status', value: { failures: 0, lastSyncedAt: T0 } },
      { key: 'sync:seeded', value: 'https://fhir.example.org/R4/' },
    ];
    const ids = [
      { key: `sync:server:clients/${client.id}`, value: 'p-1' },
      { key: 'sync:server:contacts/k1', value: 'c-1' },
      { key: 'sync:server:contacts/k2', value: 'c-2' },
    ];
    for (const entry of [...kept, ...ids]) await v5.put('meta', entry);
    const before = await v5.getAll('meta');
    v5.close();

    const v6 = await openRapportDb(DB_NAME, 6);
    const metaAfter = before.filter((row) => !row.key.startsWith('sync:server:')).map((row) => (row.key === 'schemaVersion' ? { key: 'schemaVersion', value: 6 } : row));
    expect(await v6.getAll('meta')).toEqual(metaAfter);
    expect(await v6.getAll('serverIds')).toEqual([
      { key: `clients/${client.id}`, value: 'p-1' },
      { key: 'contacts/k1', value: 'c-1' },
      { key: 'contacts/k2', value: 'c-2' },
    ]);
    expect(await loadServerIds(v6, 'contacts')).toEqual(new Map([['k1', 'c-1'], ['k2', 'c-2']]));
    expect(await loadServerIds(v6, 'clients')).toEqual(new Map([[client.id, 'p-1']]));
    expect(await getClient(v6, client.id)).toMatchObject({ name: 'Ada Lovelace' });
    expect((await loadOutbox(v6)).map((entry) => entry.id)).toEqual(['k1']);
    v6.close();
  });
});

describe('migration framework', () => {
  it('upgrades seeded data to a test step, in order, keeping the data', async () => {
    const v1 = await openRapportDb();
    const client = await createClient(v1, { name: 'Ada Lovelace', dob: '1815-12-10', mrn: 'A1' }, T0);
    await addCallback(v1, { clientId: client.id, dueAt: T0 - 1 }, T0);
    const stored = await getClient(v1, client.id);
    v1.close();

    const ran: number[] = [];
    const next = DB_VERSION + 1;
    const future: Migration = (db, tx) => {
      ran.push(next);
      // A future step adds an index the typed schema does not know yet.
      (tx.objectStore('clients') as unknown as IDBObjectStore).createIndex('by_dob', 'dob');
      expect(db.version).toBe(next);
    };
    const steps = [...migrations, future];
    const db = await openRapportDb(DB_NAME, next, steps);
    expect(db.version).toBe(next);
    expect(ran).toEqual([next]);
    expect(await getClient(db, client.id)).toEqual(stored);
    expect(await countOverdue(db, T0)).toBe(1);
    const raw = db as unknown as IDBPDatabase;
    expect(await raw.getAllKeysFromIndex('clients', 'by_dob', '1815-12-10')).toEqual([client.id]);
    expect(await db.get('meta', 'schemaVersion')).toEqual({ key: 'schemaVersion', value: next });
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
    await expect(openRapportDb(DB_NAME, DB_VERSION + 1, [...migrations, broken])).rejects.toThrow();
    const again = await openRapportDb();
    expect(again.version).toBe(DB_VERSION);
    expect(await getClient(again, client.id)).toEqual(client);
    again.close();
  });
});
