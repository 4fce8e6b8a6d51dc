import type { MetaEntry } from '../model/meta';
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { currentGeneration } from './current-generation';
import { exclusively, type Generation } from './generations';
import { isSuccessful } from '../domain/contacts/contacts';
import { isChartUrlOf, isTombstone, META_KEYS } from '../model/plain';
import type { ClientIdentity, Stored } from '../model/records';

export const DB_NAME = 'rapport';
export const DB_VERSION = 6;


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
    indexes: { by_waiting: number };
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
  /** Team sync's server id of each record pushed or pulled, keyed `<store>/<record id>` (src/sync/outbox.ts). */
  serverIds: {
    key: string;
    value: MetaEntry;
  };
}

export type RapportDb = IDBPDatabase<RapportSchema>;
export type UpgradeTx = IDBPTransaction<RapportSchema, StoreNames<RapportSchema>[], 'versionchange'>;

/**
 * `migrations[n]` upgrades a database from version n to n + 1. A step may be async, but may await
 * only requests on `tx`: anything else lets the upgrade transaction commit half-way.
 */
export type Migration = (db: RapportDb, tx: UpgradeTx) => void | Promise<void>;

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
  // 2 → 3: each client's last successful contact and last attempt, derived once from the log.
  async (_db, tx) => {
    const latest = new Map<string, { success?: number; attempt?: number }>();
    for (let cursor = await tx.objectStore('contacts').openCursor(); cursor; cursor = await cursor.continue()) {
      const contact = cursor.value;
      if (isTombstone(contact)) continue;
      const seen = latest.get(contact.clientId) ?? {};
      seen.attempt = Math.max(seen.attempt ?? -Infinity, contact.at);
      if (isSuccessful(contact)) seen.success = Math.max(seen.success ?? -Infinity, contact.at);
      latest.set(contact.clientId, seen);
    }
    const clients = tx.objectStore('clients');
    for (const [clientId, seen] of latest) {
      const client = await clients.get(clientId);
      if (!client || isTombstone(client)) continue;
      await clients.put({
        ...client,
        ...(seen.success === undefined ? {} : { lastSuccessAt: seen.success }),
        ...(seen.attempt === undefined ? {} : { lastAttemptAt: seen.attempt }),
      });
    }
  },
  // 3 → 4: a chart only looked at no longer joins the caseload. Clients with anything recorded for
  // them (a contact, a callback, a checklist row, a pain point) are enrolled from their first act;
  // and a chart link may only point at a page of its own system.
  async (_db, tx) => {
    const firstAct = new Map<string, number>();
    for (const store of ['contacts', 'callbacks', 'checklists', 'painPoints'] as const) {
      for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
        const record = cursor.value;
        if (isTombstone(record)) continue;
        firstAct.set(record.clientId, Math.min(firstAct.get(record.clientId) ?? Infinity, record.createdAt));
      }
    }
    for (let cursor = await tx.objectStore('clients').openCursor(); cursor; cursor = await cursor.continue()) {
      const client = cursor.value;
      if (isTombstone(client)) continue;
      const act = firstAct.get(client.id);
      const enrol = act !== undefined && client.enrolledAt === undefined;
      // Sealed identities are out of reach here; an export names any such link for repair.
      const identities = 'sealed' in client ? client.identities : client.identities.map(withOwnChartUrl);
      const relinked = identities.some((identity, i) => identity !== client.identities[i]);
      if (enrol || relinked) await cursor.update({ ...client, identities, ...(enrol ? { enrolledAt: act } : {}) });
    }
  },
  // 4 → 5: what waits for the team server (outbox entries and cover requests, the meta values with a
  // queuedAt) gets an index of its own. Their keys share the meta store with a server id per record
  // ever pushed and with every settled entry's deleted key, so a range over the outbox's prefix
  // walked those too; the index lists only what waits. Building it reads the entries already there.
  (_db, tx) => {
    tx.objectStore('meta').createIndex('by_waiting', 'value.queuedAt');
  },
  // 5 → 6: team sync's server ids (one per record ever pushed or pulled, `sync:server:<store>/<id>`)
  // move out of meta into a store of their own, without an index: every meta write evaluates the
  // outbox's index, and a first upload writes a server id per record of the caseload.
  async (db, tx) => {
    db.createObjectStore('serverIds', { keyPath: 'key' });
    const ids = tx.objectStore('serverIds');
    const prefix = 'sync:server:';
    for (let cursor = await tx.objectStore('meta').openCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`)); cursor; cursor = await cursor.continue()) {
      await ids.put({ key: cursor.value.key.slice(prefix.length), value: cursor.value.value });
      await cursor.delete();
    }
  },
];

function withOwnChartUrl(identity: ClientIdentity): ClientIdentity {
  if (identity.lastUrl === undefined || isChartUrlOf(identity.system, identity.lastUrl)) return identity;
  const { lastUrl: _dropped, ...rest } = identity;
  return rest;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Opens (creating or upgrading) the database, in its current generation (generations.ts). `steps`
 * is a parameter so tests can run the upgrade path to a future version without shipping it.
 *
 * What callers hold is a stable handle, not one connection: when another context replaces the
 * database (a new generation, as setting a passphrase writes), this context's connection closes and
 * the handle opens the new one once the replacement is over. Requests made in between fail;
 * `whenOpen` waits for the new connection. The handle's `name` is the database's, whatever the
 * generation's own name.
 */
export async function openRapportDb(
  name: string = DB_NAME,
  version: number = DB_VERSION,
  steps: readonly Migration[] = migrations,
): Promise<RapportDb> {
  if (version > steps.length) throw new MigrationError(`No migration to reach version ${version}`);
  const open = () => exclusively(name, async () => connect(await currentGeneration(name, steps.slice(0, version)), version, steps, onReplaced));
  const onReplaced = () => {
    if (state.reopening) return;
    state.reopening = open().then((next) => {
      state.current = next;
      state.reopening = undefined;
      reopened.forEach((listener) => listener());
    });
    state.reopening.catch((error: unknown) => console.warn('[rapport] reopening the database', error));
  };
  const state: { current: RapportDb; reopening?: Promise<void> } = { current: await open() };
  const handle = new Proxy({} as RapportDb, {
    get(_target, property) {
      if (property === REOPENING) return state.reopening;
      if (property === 'name') return name;
      const value = Reflect.get(state.current, property, state.current);
      return typeof value === 'function' ? value.bind(state.current) : value;
    },
  });
  return handle;
}

const REOPENING = Symbol('reopening');
const reopened = new Set<() => void>();

/** Resolves once the handle is connected again after a replacement (at once when it is). */
export async function whenOpen(db: RapportDb): Promise<void> {
  await (db as unknown as Record<symbol, Promise<void> | undefined>)[REOPENING];
}

/**
 * Calls `listener` each time a handle of this context is connected again after a replacement. A
 * read that began while the replacement closed the connection failed: what shows data reads again.
 */
export function onReopened(listener: () => void): () => void {
  reopened.add(listener);
  return () => reopened.delete(listener);
}

async function connect(generation: Generation, version: number, steps: readonly Migration[], onReplaced: () => void): Promise<RapportDb> {
  let failure: unknown;
  const request = generation.factory.open(generation.name, version);
  request.onupgradeneeded = (event) => {
    const db = wrap(request.result) as unknown as RapportDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    const target = event.newVersion ?? version;
    tx.done.catch(() => {});
    const run = async () => {
      for (let v = event.oldVersion; v < target; v++) {
        const step = steps[v];
        if (!step) throw new MigrationError(`Missing migration ${v} → ${v + 1}`);
        await step(db, tx);
      }
      await tx.objectStore('meta').put({ key: META_KEYS.schemaVersion, value: target });
    };
    // A failed step aborts the whole upgrade: the database stays at oldVersion, data intact.
    run().catch((error: unknown) => {
      failure = error;
      try {
        tx.abort();
      } catch {
        // already finished: nothing left to undo
      }
    });
  };
  let db: RapportDb;
  try {
    db = (await wrap(request)) as unknown as RapportDb;
  } catch (error) {
    throw failure ?? error;
  }
  // Another context replaces the database (or, a newer version, upgrades it): let it, and follow.
  db.addEventListener('versionchange', () => {
    db.close();
    onReplaced();
  });
  // The browser closed the connection itself (its generation was deleted): follow too.
  db.addEventListener('close', onReplaced);
  return db;
}
