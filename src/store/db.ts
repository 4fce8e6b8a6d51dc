import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Stored } from './records';

export const DB_NAME = 'rapport';
export const DB_VERSION = 2;

/** Schema and app metadata (schema version, last migration) live beside the data they describe. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface RapportSchema extends DBSchema {
  clients: {
    key: string;
    value: Stored<'clients'>;
    indexes: { by_identity: string; by_nameDob: string; by_searchName: string; by_updatedAt: number };
  };
  contacts: {
    key: string;
    value: Stored<'contacts'>;
    indexes: { by_client_at: [string, number] };
  };
  callbacks: {
    key: string;
    value: Stored<'callbacks'>;
    indexes: { by_status_due: [string, number]; by_client: string };
  };
  checklists: {
    key: string;
    value: Stored<'checklists'>;
    indexes: { by_client: string };
  };
  meta: {
    key: string;
    value: MetaEntry;
  };
  sites: {
    key: string;
    value: Stored<'sites'>;
    indexes: { by_origin: string };
  };
  painPoints: {
    key: string;
    value: Stored<'painPoints'>;
    indexes: { by_client: string };
  };
  dispositions: {
    key: string;
    value: Stored<'dispositions'>;
    indexes: { by_client: string };
  };
}

export type RapportDb = IDBPDatabase<RapportSchema>;
export type UpgradeTx = IDBPTransaction<RapportSchema, StoreNames<RapportSchema>[], 'versionchange'>;

/** `migrations[n]` upgrades a database from version n to n + 1. */
export type Migration = (db: RapportDb, tx: UpgradeTx) => void;

/**
 * Append only: a step, once released, never changes, because some user's database is sitting at
 * every older version. Tombstones lack the indexed fields, so indexes never list them (except
 * `by_updatedAt`, on purpose: export and merge need deletions in the change order too).
 */
export const migrations: readonly Migration[] = [
  // 0 → 1: the first schema.
  (db) => {
    const clients = db.createObjectStore('clients', { keyPath: 'id' });
    clients.createIndex('by_identity', 'identityKeys', { multiEntry: true });
    clients.createIndex('by_nameDob', 'nameDobKey');
    clients.createIndex('by_searchName', 'searchName');
    clients.createIndex('by_updatedAt', 'updatedAt');

    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('by_client_at', ['clientId', 'at']);

    const callbacks = db.createObjectStore('callbacks', { keyPath: 'id' });
    callbacks.createIndex('by_status_due', ['status', 'dueAt']);
    callbacks.createIndex('by_client', 'clientId');

    const checklists = db.createObjectStore('checklists', { keyPath: 'id' });
    checklists.createIndex('by_client', 'clientId');

    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 1 → 2: taught site profiles, and the trust workflow's pain points and suggestion dispositions.
  (db) => {
    db.createObjectStore('sites', { keyPath: 'id' }).createIndex('by_origin', 'origin', { unique: true });
    db.createObjectStore('painPoints', { keyPath: 'id' }).createIndex('by_client', 'clientId');
    db.createObjectStore('dispositions', { keyPath: 'id' }).createIndex('by_client', 'clientId');
  },
];

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Opens (creating or upgrading) the database. `steps` is a parameter so tests can run the upgrade
 * path to a future version without shipping it.
 */
export async function openRapportDb(
  name: string = DB_NAME,
  version: number = DB_VERSION,
  steps: readonly Migration[] = migrations,
): Promise<RapportDb> {
  if (version > steps.length) throw new MigrationError(`No migration to reach version ${version}`);
  const db = await openDB<RapportSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      // Any throw here aborts the versionchange transaction: the database stays at oldVersion intact
      // and openDB rejects with the step's error, so the abort itself needs no second report.
      tx.done.catch(() => {});
      for (let v = oldVersion; v < target; v++) {
        const step = steps[v];
        if (!step) throw new MigrationError(`Missing migration ${v} → ${v + 1}`);
        step(db, tx);
      }
      tx.objectStore('meta').put({ key: 'schemaVersion', value: target }).catch(() => {});
    },
    blocking() {
      // Another context (a newer panel after an update) wants to upgrade: let it.
      db.close();
    },
  });
  return db;
}
