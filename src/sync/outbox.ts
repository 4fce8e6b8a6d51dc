import * as v from 'valibot';
import { unwrap, type IDBPObjectStore, type StoreNames } from 'idb';
import type { RapportDb, RapportSchema } from '../store/db';
import { SHARED_STORES, type SharedStore } from '../domain/fhir/shared';
import { openLive } from '../store/base';
import { isTombstone, type StoreRecords } from '../model/records';
import { OUTBOX_PREFIX, OutboxEntrySchema, outboxKey, queueChange, type OutboxEntry } from '../store/sync-queue';
import { rowsAround, rowsByKey, rowsInOrNear } from './read-keys';

export type { OutboxEntry } from '../store/sync-queue';

/**
 * What this device still has to push, and where each pushed record lives on the server: entries
 * in the database's meta store, and the server ids in a store of their own (store/db.ts, 5 → 6):
 * setting a passphrase, which rewrites the database, carries both over, and a backup leaves them
 * out (model/meta.ts). The outbox entries hold a record's store, id and the names
 * of the fields changed, never a value: the record itself stays in its store, sealed there when a
 * passphrase is set, and is read at push time. So the outbox reveals nothing a sealed record hides.
 */

type MetaStore = IDBPObjectStore<RapportSchema, ArrayLike<StoreNames<RapportSchema>>, 'meta', 'readwrite'>;

const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** Queues a change whatever the settings say: the push itself adds records the server lacks. */
export async function enqueueChange(db: RapportDb, store: SharedStore, id: string, fields: readonly string[] | undefined, now: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await queueChange(tx.store, store, id, fields, now);
  await tx.done;
}

/**
 * Pending changes, oldest first. A damaged entry is skipped, never fatal to the rest. Read through
 * the meta store's index of what waits (store/db.ts, 4 → 5), which lists this device's few
 * pending entries and covers, never the server ids nor the settled entries' deleted keys beside
 * them. `stores` keeps only those stores' entries: a push pass over clients parses no contact.
 */
export async function loadOutbox(db: RapportDb, stores?: readonly SharedStore[]): Promise<OutboxEntry[]> {
  const tx = db.transaction('meta');
  const waiting = tx.store.index('by_waiting');
  const rows = stores ? await someOf(tx.store, await waiting.getAllKeys(), stores) : (await waiting.getAll()).filter((row) => row.key.startsWith(OUTBOX_PREFIX));
  await tx.done;
  return rows.map((row) => v.safeParse(OutboxEntrySchema, row.value)).flatMap((parsed) => (parsed.success ? [parsed.output] : []));
}

/** Keys first (oldest first), then those stores' entries by key: a pass over clients copies no contact's entry out. */
async function someOf(meta: IDBPObjectStore<RapportSchema, ['meta'], 'meta'>, keys: readonly string[], stores: readonly SharedStore[]) {
  const prefixes = stores.map((store) => `${OUTBOX_PREFIX}${store}/`);
  const rows = await rowsByKey<{ key: string; value: unknown }>(meta, keys.filter((key) => prefixes.some((prefix) => key.startsWith(prefix))));
  return rows.filter((row) => row !== undefined);
}

/** The server's id for a record pushed before, by store and record id. */
export async function loadServerIds(db: RapportDb, store: SharedStore): Promise<Map<string, string>> {
  const prefix = `${store}/`;
  const rows = await db.getAll('serverIds', prefixRange(prefix));
  return new Map(rows.filter((row) => typeof row.value === 'string').map((row) => [row.key.slice(prefix.length), row.value as string]));
}

/**
 * The server ids of these records, those pushed before, by recordKey: a round's few are read by
 * key, so it costs the records it touches, not every record ever pushed. Many at once (a first
 * upload) read the store's ids whole when that is fewer rows: a read by key costs about twenty
 * rows of a whole read (sync-scale bench, fake-indexeddb).
 */
export async function serverIdsOf(db: RapportDb, records: readonly Pick<OutboxEntry, 'store' | 'id'>[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const store of SHARED_STORES) {
    const ids = records.filter((record) => record.store === store).map((record) => record.id);
    if (!ids.length) continue;
    const range = prefixRange(`${store}/`);
    if (ids.length > BY_KEY_ALWAYS && ids.length * KEY_READ_COST > (await db.count('serverIds', range))) {
      const wanted = new Set(ids);
      for (const [id, serverId] of await loadServerIds(db, store)) if (wanted.has(id)) found.set(recordKey({ store, id }), serverId);
      continue;
    }
    const tx = db.transaction('serverIds');
    const rows = await rowsByKey<{ value: unknown }>(tx.store, ids.map((id) => serverIdKey(store, id)));
    await tx.done;
    ids.forEach((id, i) => {
      const serverId = rows[i]?.value;
      if (typeof serverId === 'string') found.set(recordKey({ store, id }), serverId);
    });
  }
  return found;
}

const BY_KEY_ALWAYS = 200;
const KEY_READ_COST = 20;

const serverIdKey = (store: SharedStore, id: string) => `${store}/${id}`;

/** The serverIds row that remembers where the server keeps a record. */
export function serverIdEntry(store: SharedStore, id: string, serverId: string): { key: string; value: string } {
  return { key: serverIdKey(store, id), value: serverId };
}

/**
 * After the server committed: remembers the server ids and clears the entries pushed, in one
 * transaction. An entry queued again since it was read (a newer edit) stays for the next round.
 * `remembered`: the id was read from (or written to) the store unchanged this push.
 * `idsOnly`: records the first upload read from their stores, with no entry of their own to clear,
 * and `also` the row that moves its cursor past them.
 */
export async function settlePushed(db: RapportDb, pushed: readonly { entry: OutboxEntry; serverId: string; remembered?: boolean }[], idsOnly = false, also?: { key: string; value: unknown }): Promise<void> {
  const tx = db.transaction(['meta', 'serverIds'], 'readwrite');
  const meta = tx.objectStore('meta');
  // Puts in one transaction apply in order and fail it whole: each need not be awaited on its own,
  // so each goes to the store as a plain request, without the promise idb would make for it (a
  // first upload settles one per record: 230,000 at the bench's full scale).
  const serverIds = unwrap(tx.objectStore('serverIds'));
  // An update's id is already stored as the server answered it: writing it again costs a round a put per update.
  for (const { entry, serverId, remembered } of pushed) if (!remembered) serverIds.put(serverIdEntry(entry.store, entry.id, serverId));
  if (!idsOnly) await clearUnchanged(meta, pushed.map(({ entry }) => entry));
  if (also) void meta.put(also);
  await tx.done;
}

/** Whether the server id of any of a store's records is remembered: one key looked up, not the store's ids counted. */
export async function anyServerIds(db: RapportDb, store: SharedStore): Promise<boolean> {
  return (await db.getKey('serverIds', prefixRange(`${store}/`))) !== undefined;
}

/** The server ids of a store's records whose ids lie from `first` to `last`: a first upload's run of records, read as one key range. */
export async function serverIdsBetween(db: RapportDb, store: SharedStore, first: string, last: string): Promise<Map<string, string>> {
  const prefix = `${store}/`;
  const rows = await db.getAll('serverIds', IDBKeyRange.bound(prefix + first, prefix + last));
  return new Map(rows.filter((row) => typeof row.value === 'string').map((row) => [row.key.slice(prefix.length), row.value as string]));
}

/** Clears entries there is nothing to push for, unless queued again since they were read. */
export async function dropEntries(db: RapportDb, entries: readonly OutboxEntry[]): Promise<void> {
  if (!entries.length) return;
  const tx = db.transaction('meta', 'readwrite');
  await clearUnchanged(tx.store, entries);
  await tx.done;
}

/**
 * Clears the entries not queued again since they were read. The transaction holds the meta store
 * alone, so the entries are all read at once, then cleared: nothing can queue in between.
 */
async function clearUnchanged(meta: MetaStore, entries: readonly OutboxEntry[]): Promise<void> {
  const edits = new Map(entries.map((entry) => [outboxKey(entry.store, entry.id), entry.edits]));
  // The entries pending lie together in key order, the push's among them: read as a range, not one by one.
  const { range, past } = await rowsAround<{ key: string; value: unknown }>(meta, [...edits.keys()], (row) => row.key, RANGE_READ_SPAN);
  const clears = (row: { key: string; value: unknown }) => {
    const current = v.safeParse(OutboxEntrySchema, row.value);
    return current.success && edits.has(row.key) && current.output.edits === edits.get(row.key);
  };
  // Deletes in one transaction apply in order and fail it whole: plain requests, without a promise
  // each, and entries to clear that lie next to one another in the range read go as one key range
  // (a request per entry cost a round of 100 changes several ms: sync-scale bench, fake-indexeddb).
  const raw = unwrap(meta);
  let run: string[] = [];
  const clearRun = () => {
    if (run.length) raw.delete(run.length === 1 ? run[0]! : IDBKeyRange.bound(run[0]!, run.at(-1)!));
    run = [];
  };
  for (const row of range) {
    if (clears(row)) run.push(row.key);
    else clearRun();
  }
  clearRun();
  for (const row of past) if (clears(row)) raw.delete(row.key);
}

export const recordKey = (entry: Pick<OutboxEntry, 'store' | 'id'>) => `${entry.store}/${entry.id}`;

/**
 * The live records behind outbox entries, by recordKey: one read transaction per store and one
 * opening (unsealing) pass, not a transaction and an opening per record — a first upload reads
 * thousands of them.
 */
export async function liveRecords(db: RapportDb, entries: readonly Pick<OutboxEntry, 'store' | 'id'>[]): Promise<Map<string, StoreRecords[SharedStore]>> {
  const found = new Map<string, StoreRecords[SharedStore]>();
  for (const store of SHARED_STORES) {
    const rows = await rowsOf(db, store, entries);
    for (const record of await openLive(db, store, rows)) found.set(recordKey({ store, id: record.id }), record);
  }
  return found;
}

/**
 * The live records behind outbox entries opened from rows already read (storedRows), by recordKey:
 * a push that read its records' rows for their clients opens those, not a second read of the same rows.
 */
export async function openStored(db: RapportDb, entries: readonly Pick<OutboxEntry, 'store' | 'id'>[], rows: ReadonlyMap<string, object>): Promise<Map<string, StoreRecords[SharedStore]>> {
  const found = new Map<string, StoreRecords[SharedStore]>();
  for (const store of SHARED_STORES) {
    const some = [...new Set(entries.filter((entry) => entry.store === store).map(recordKey))].flatMap((key) => rows.get(key) ?? []);
    if (!some.length) continue;
    for (const record of await openLive(db, store, some as StoreRecords[typeof store][])) found.set(recordKey({ store, id: record.id }), record);
  }
  return found;
}

/** The live rows behind outbox entries as stored, sealed or not, by recordKey: for what a sealed row keeps in the clear. */
export async function storedRows(db: RapportDb, entries: readonly Pick<OutboxEntry, 'store' | 'id'>[]): Promise<Map<string, object>> {
  const found = new Map<string, object>();
  for (const store of SHARED_STORES) for (const row of await rowsOf(db, store, entries)) if (!isTombstone(row)) found.set(recordKey({ store, id: row.id }), row);
  return found;
}

async function rowsOf<S extends SharedStore>(db: RapportDb, store: S, entries: readonly Pick<OutboxEntry, 'store' | 'id'>[]) {
  const ids = [...new Set(entries.filter((entry) => entry.store === store).map((entry) => entry.id))];
  if (!ids.length) return [];
  const tx = db.transaction(store);
  const rows = await readByIds(tx.store, ids);
  await tx.done;
  return rows;
}

/**
 * The rows with these ids. Ids that lie close together in key order (a first upload's outbox
 * lists each store's records in id order) are read as one key range, which costs a tenth of
 * reading each by key (sync-scale bench, fake-indexeddb). The range read stops after a few rows
 * per id wanted, so scattered ids (a day's edits) waste little on it; those past it are read by
 * key. (Counting the range first would cost as much as reading it: a count walks the range.)
 */
async function readByIds<S extends SharedStore>(records: Pick<IDBPObjectStore<RapportSchema, [S], S>, 'get' | 'getAll'>, ids: readonly string[]) {
  type Row = StoreRecords[S];
  if (ids.length < RANGE_READ_MIN) return (await rowsByKey<Row>(records, ids)).filter((row) => row !== undefined);
  return rowsInOrNear<Row>(records, ids, (row) => row.id, RANGE_READ_SPAN);
}

const RANGE_READ_MIN = 64;
const RANGE_READ_SPAN = 3;
