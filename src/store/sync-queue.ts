import * as v from 'valibot';
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { isSharedChecklist, SHARED_ELEMENTS, SHARED_STORES, type SharedStore } from '../domain/fhir/shared';
import { parseSyncSettings, syncIsOn, SYNC_SETTINGS_KEY } from '../model/sync-settings';
import type { StoreName } from '../model/records';
import type { RapportSchema } from './db';

/**
 * Team sync's outbox, as the store writes it: an entry in the meta store per record with changes
 * the team server has not had yet, put in the same transaction as the record write, so no stop in
 * between can lose a change (src/sync/outbox.ts reads and settles them). Entries hold a record's
 * store, id and the names of the fields changed, never a value: the record stays in its store,
 * sealed there when a passphrase is set, and is read at push time. With sync off nothing is queued.
 */
export const OUTBOX_PREFIX = 'sync:outbox:';
/** "Cover for me" requests waiting for the team server (sync/cover-queue.ts): counted with the outbox as changes waiting. */
export const COVER_PREFIX = 'sync:cover:';

export const OutboxEntrySchema = v.strictObject({
  store: v.picklist(SHARED_STORES),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** Changed fields since the last push; absent means the whole record. */
  fields: v.optional(v.array(v.pipe(v.string(), v.maxLength(100)))),
  queuedAt: v.number(),
  /** Counts the edits folded into this entry: settling clears it only if none came since the read. */
  edits: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type OutboxEntry = v.InferOutput<typeof OutboxEntrySchema>;

export type MetaWriter = IDBPObjectStore<RapportSchema, ArrayLike<StoreNames<RapportSchema>>, 'meta', 'readwrite'>;
type AnyWriteTx = IDBPTransaction<RapportSchema, ArrayLike<StoreNames<RapportSchema>>, 'readwrite'>;

export const outboxKey = (store: SharedStore, id: string) => `${OUTBOX_PREFIX}${store}/${id}`;

export const isShared = (store: StoreName): store is SharedStore => (SHARED_STORES as readonly string[]).includes(store);

/** The stores a write transaction on `store` needs: the meta store too when the team shares it. */
export function withOutbox<S extends StoreName>(store: S): [S] | [S, 'meta'] {
  return isShared(store) ? [store, 'meta'] : [store];
}

/**
 * Queues a record's change. Changes to one record pending together are one entry whose fields are
 * the union: the push sends the record as it is then.
 */
export async function queueChange(meta: MetaWriter, store: SharedStore, id: string, fields: readonly string[] | undefined, now: number): Promise<void> {
  const key = outboxKey(store, id);
  const pending = v.safeParse(OutboxEntrySchema, (await meta.get(key))?.value);
  const union = !fields || (pending.success && !pending.output.fields) ? undefined : [...new Set([...(pending.success ? (pending.output.fields ?? []) : []), ...fields])];
  const entry: OutboxEntry = {
    store,
    id,
    ...(union ? { fields: union } : {}),
    queuedAt: pending.success ? pending.output.queuedAt : now,
    edits: pending.success ? pending.output.edits + 1 : 1,
  };
  await meta.put({ key, value: entry });
}

export interface QueuedWrite {
  store: StoreName;
  id: string;
  /** Fields the write changed; undefined for a new or deleted record (all of it). */
  fields?: readonly string[];
  /** The record as written (sealed or not); a client only seen on a page is not the team's business. */
  record?: object;
}

/**
 * A client the user only looked at never leaves this machine: the team hears of clients in the
 * caseload. Nor does a checklist the team does not share; a sealed row hides its template, and the
 * push drops it then (sync/push.ts).
 */
function sharedRecord(store: StoreName, record: object | undefined): boolean {
  if (store === 'checklists' && record && 'templateId' in record) return isSharedChecklist(record as { templateId: string });
  return store !== 'clients' || record === undefined || (record as { enrolledAt?: number }).enrolledAt !== undefined;
}

/**
 * Inside the write's own transaction (which must include `meta`: withOutbox): queues the change
 * when team sync is on and the write changed something the team shares. Off, this is one read.
 */
export async function queueForTeam(tx: AnyWriteTx, write: QueuedWrite, now: number): Promise<void> {
  if (!isShared(write.store) || !sharedRecord(write.store, write.record)) return;
  const fields = write.fields?.filter((field) => field in SHARED_ELEMENTS[write.store as SharedStore]);
  if (fields?.length === 0) return;
  const meta = tx.objectStore('meta');
  if (!syncIsOn(parseSyncSettings((await meta.get(SYNC_SETTINGS_KEY))?.value))) return;
  await queueChange(meta, write.store, write.id, fields, now);
}
