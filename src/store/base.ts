import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { newId } from '../domain/identity/ids';
import { notifyChanged } from './changes';
import type { RapportDb, RapportSchema } from './db';
import { isTombstone, type RecordMeta, type StoreName, type StoreRecords, type Stored, type Tombstone } from '../model/records';
import { codecOf } from './vault/codec';
import { ContentionError, NotFoundError, StaleWriteError } from './errors';
import { queueForTeam, withOutbox } from './sync-queue';
import { changedFields } from '../domain/team/changed-fields';

/** The write path's reads and errors live apart (a first screen reads only); every writer finds them here too. */
export { ContentionError, NotFoundError, StaleWriteError } from './errors';
export { getLive, openLive } from './live';

/** Fields a caller supplies when creating a record of store S. */
export type NewFields<S extends StoreName> = Omit<StoreRecords[S], keyof RecordMeta>;
/** A patch; a key set to `undefined` removes that field. Meta fields are never patched. */
export type Patch<S extends StoreName> = Partial<Omit<StoreRecords[S], keyof RecordMeta>>;
/**
 * Computes a patch from the current record; `null` means "nothing to change" (no write, no rev
 * bump). It runs again on a fresher record when another writer got in between: it must give the
 * same answer for the same record.
 */
export type Updater<S extends StoreName> = (current: StoreRecords[S]) => Patch<S> | null;

/**
 * Fields the store keeps up to date without a revision bump (a client's contact summary, when they
 * joined the caseload): a write prepared from an older read must take their current values, or it
 * would roll them back.
 */
const UNVERSIONED_FIELDS: Partial<Record<StoreName, readonly string[]>> = {
  clients: ['lastSuccessAt', 'lastAttemptAt', 'enrolledAt'],
};

export function withUnversionedFieldsOf<R extends RecordMeta>(store: StoreName, target: R, current: RecordMeta): R {
  const fields = UNVERSIONED_FIELDS[store];
  if (!fields || isTombstone(target) || isTombstone(current)) return target;
  const out = { ...target } as Record<string, unknown>;
  for (const field of fields) {
    const value = (current as unknown as Record<string, unknown>)[field];
    if (value === undefined) delete out[field];
    else out[field] = value;
  }
  return out as R;
}

export type WritableStore<S extends StoreName> = IDBPObjectStore<RapportSchema, ArrayLike<StoreName>, S, 'readwrite'>;

function withoutUndefined<T extends object>(o: T): T {
  // IndexedDB would store `key: undefined`; dropping the key keeps records clean and comparable.
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * A readwrite transaction whose `done` never surfaces as an unhandled rejection when a step throws
 * and the transaction aborts: the step's own error is what the caller sees.
 */
export function writeTx<S extends StoreName>(db: RapportDb, storeName: S): IDBPTransaction<RapportSchema, [S], 'readwrite'> {
  const tx = db.transaction(storeName, 'readwrite');
  tx.done.catch(() => {});
  return tx;
}

/** A new record with fresh meta, not yet written. */
export function buildRecord<S extends StoreName>(fields: NewFields<S>, now: number): StoreRecords[S] {
  return withoutUndefined({ ...fields, id: newId(), createdAt: now, updatedAt: now, rev: 1 }) as StoreRecords[S];
}

/** The next revision of `current` with `patch` applied. */
export function applyPatch<S extends StoreName>(current: StoreRecords[S], patch: Patch<S>, now: number): StoreRecords[S] {
  return withoutUndefined({
    ...current,
    ...patch,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt: now,
    rev: current.rev + 1,
  }) as StoreRecords[S];
}

/**
 * A client joins the caseload when the user says so or acts for them; see enrolment.ts. This is
 * the write that goes with an act, inside the act's own transaction.
 */
export async function enrolInTransaction(clients: ClientsStore, clientId: string, now: number): Promise<void> {
  const client = await clients.get(clientId);
  if (!client || isTombstone(client) || client.enrolledAt !== undefined) return;
  await clients.put({ ...client, enrolledAt: now });
}
type ClientsStore = IDBPObjectStore<RapportSchema, ArrayLike<StoreNames<RapportSchema>>, 'clients', 'readwrite'>;

/**
 * Creates one record in its own transaction (sealed first when a passphrase is set) and tells
 * other contexts. A record that is an act for a client (a callback, a pain point) enrols them.
 */
export async function insertRecord<S extends StoreName>(
  db: RapportDb,
  storeName: S,
  fields: NewFields<S>,
  now: number,
  { enrolsClient = false } = {},
): Promise<StoreRecords[S]> {
  const record = buildRecord<S>(fields, now);
  const stored = await codecOf(db).seal(storeName, record);
  const clientId = enrolsClient ? (record as { clientId?: string }).clientId : undefined;
  const stores: StoreNames<RapportSchema>[] = clientId === undefined ? withOutbox(storeName) : [...withOutbox(storeName), 'clients'];
  const tx = db.transaction(stores, 'readwrite');
  tx.done.catch(() => {});
  await tx.objectStore(storeName).add(stored as RapportSchema[S]['value']);
  if (clientId !== undefined) await enrolInTransaction(tx.objectStore('clients') as unknown as ClientsStore, clientId, now);
  await queueForTeam(tx, { store: storeName, id: record.id }, now);
  await tx.done;
  notifyChanged({ store: storeName, ids: [record.id] });
  if (clientId !== undefined) notifyChanged({ store: 'clients', ids: [clientId] });
  return record;
}

export const MAX_ATTEMPTS = 5;

/**
 * Read, compute, then write only if the record is still at the revision read (compare-and-set in
 * the write transaction). The patch is computed and sealed between the two transactions because
 * WebCrypto cannot run inside one. Another writer in between means another round; with
 * `expectedRev` (a form edited from an older read) it means StaleWriteError.
 */
export async function updateRecord<S extends StoreName>(
  db: RapportDb,
  storeName: S,
  id: string,
  patch: Patch<S> | Updater<S>,
  now: number,
  expectedRev?: number,
): Promise<StoreRecords[S]> {
  const codec = codecOf(db);
  for (let attempt = 1; ; attempt++) {
    const stored = (await db.get(storeName, id)) as Stored<S> | undefined;
    if (!stored || isTombstone(stored)) throw new NotFoundError(storeName, id);
    const current = (await codec.open(storeName, stored)) as StoreRecords[S];
    if (expectedRev !== undefined && current.rev !== expectedRev) throw new StaleWriteError(current, expectedRev);
    const p = typeof patch === 'function' ? patch(current) : patch;
    if (p === null) return current;
    const next = applyPatch<S>(current, p, now);
    const sealed = await codec.seal(storeName, next);

    const tx = db.transaction(withOutbox(storeName), 'readwrite');
    tx.done.catch(() => {});
    const records = tx.objectStore(storeName);
    const latest = (await records.get(id)) as Stored<S> | undefined;
    if (latest && !isTombstone(latest) && latest.rev === stored.rev) {
      await records.put(withUnversionedFieldsOf(storeName, sealed, latest) as RapportSchema[S]['value']);
      await queueForTeam(tx, { store: storeName, id, fields: changedFields(current, p), record: latest }, now);
      await tx.done;
      notifyChanged({ store: storeName, ids: [id] });
      return withUnversionedFieldsOf(storeName, next, latest);
    }
    await tx.done;
    if (attempt === MAX_ATTEMPTS) throw new ContentionError(storeName, id);
  }
}

/**
 * Replaces the record by a tombstone under the same id: merges and imports see the deletion and
 * never bring the record back. Deleting a tombstone again is a no-op.
 */
export async function deleteRecord<S extends StoreName>(
  db: RapportDb,
  storeName: S,
  id: string,
  now: number,
): Promise<Tombstone> {
  const tx = db.transaction(withOutbox(storeName), 'readwrite');
  tx.done.catch(() => {});
  const records = tx.objectStore(storeName);
  const stored = (await records.get(id)) as Stored<S> | undefined;
  if (!stored) throw new NotFoundError(storeName, id);
  if (isTombstone(stored)) return stored;
  const tomb: Tombstone = { id, createdAt: stored.createdAt, updatedAt: now, rev: stored.rev + 1, deleted: true };
  await records.put(tomb);
  await queueForTeam(tx, { store: storeName, id, record: stored }, now);
  await tx.done;
  notifyChanged({ store: storeName, ids: [id] });
  return tomb;
}
