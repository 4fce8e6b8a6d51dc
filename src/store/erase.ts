import { META_KEYS } from '../model/meta';
import { notifyChanged } from './changes';
import type { StoreNames } from 'idb';
import type { RapportDb, RapportSchema } from './db';
import { isTombstone, STORE_NAMES, type RecordMeta, type StoreName, type Tombstone } from '../model/records';
import { queueForTeam } from './sync-queue';

/** Stores whose records belong to one client through `clientId`. */
const CLIENT_STORES = ['contacts', 'callbacks', 'checklists', 'painPoints', 'dispositions'] as const;

const KEPT_META: string[] = [META_KEYS.schemaVersion, META_KEYS.vault];

export type ErasedCounts = Record<'clients' | (typeof CLIENT_STORES)[number], number>;

const tombstoneOf = (record: RecordMeta, now: number): Tombstone => ({
  id: record.id,
  createdAt: record.createdAt,
  updatedAt: now,
  rev: record.rev + 1,
  deleted: true,
});

/**
 * Deletes one client and everything recorded about them, in one transaction. Tombstones, not
 * removals, so that importing an older backup or merging another device never brings them back.
 * A tombstone keeps no field but its meta: nothing about the person survives. With sync on the
 * team hears of it as a status change (`forTeam`: false when the deletion is the team's own news).
 */
export async function deleteClientCompletely(db: RapportDb, clientId: string, now: number, { forTeam = true } = {}): Promise<ErasedCounts> {
  const stores: StoreNames<RapportSchema>[] = ['clients', ...CLIENT_STORES, 'meta'];
  const tx = db.transaction(stores, 'readwrite');
  tx.done.catch(() => {});
  const counts = { clients: 0, contacts: 0, callbacks: 0, checklists: 0, painPoints: 0, dispositions: 0 } satisfies ErasedCounts;
  const ids = new Map<StoreName, string[]>();

  for (const store of CLIENT_STORES) {
    const os = tx.objectStore(store);
    // Tombstones carry no clientId, so the index lists exactly this client's live records.
    const [indexName, query] =
      store === 'contacts' ? ['by_client_at', IDBKeyRange.bound([clientId, -Infinity], [clientId, Infinity])] : ['by_client', clientId];
    const index = os.index(indexName as never) as unknown as { getAll(query: IDBValidKey | IDBKeyRange): Promise<RecordMeta[]> };
    const records = (await index.getAll(query)).filter((record) => !isTombstone(record));
    for (const record of records) {
      await os.put(tombstoneOf(record, now) as never);
      if (forTeam) await queueForTeam(tx, { store, id: record.id, record }, now);
    }
    counts[store] = records.length;
    ids.set(store, records.map((r) => r.id));
  }
  const clients = tx.objectStore('clients');
  const client = await clients.get(clientId);
  if (client && !isTombstone(client)) {
    await clients.put(tombstoneOf(client, now));
    if (forTeam) await queueForTeam(tx, { store: 'clients', id: clientId, record: client }, now);
    counts.clients = 1;
    ids.set('clients', [clientId]);
  }
  await tx.done;
  for (const [store, changed] of ids) notifyChanged({ store, ids: changed });
  return counts;
}

/**
 * Empties every store: no tombstones, because nothing is left to merge against and the point is
 * that no trace remains. Meta keeps only what describes the database itself: the schema version,
 * and the passphrase envelope, so data entered after the erase is still sealed as the user chose.
 */
export async function eraseAll(db: RapportDb): Promise<void> {
  const tx = db.transaction([...STORE_NAMES, 'meta' as const, 'serverIds' as const], 'readwrite');
  tx.done.catch(() => {});
  const ids = new Map<StoreName | 'meta', string[]>();
  await tx.objectStore('serverIds').clear();
  for (const store of STORE_NAMES) {
    const os = tx.objectStore(store);
    ids.set(store, (await os.getAllKeys()) as string[]);
    await os.clear();
  }
  const meta = tx.objectStore('meta');
  const keys = ((await meta.getAllKeys()) as string[]).filter((key) => !KEPT_META.includes(key));
  for (const key of keys) await meta.delete(key);
  ids.set('meta', keys);
  await tx.done;
  for (const [store, changed] of ids) notifyChanged({ store, ids: changed });
}
