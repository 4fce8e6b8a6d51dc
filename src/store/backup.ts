import { BACKUP_STORES, type BackupStore } from '../domain/backup/records';
import { buildBackup, type BackupFile, type BackupRecord, type BackupStores } from '../domain/backup/format';
import { incomingWins, planMerge, type LocalIndex, type MergePlan } from '../domain/backup/merge';
import { contactSummary } from '../domain/contacts/contacts';
import { notifyChanged } from './changes';
import { DB_VERSION, type RapportDb, type RapportSchema } from './db';
import { isTombstone, STORE_NAMES, type ClientRecord, type ContactRecord, type StoreName } from './records';
import type { IDBPTransaction } from 'idb';
import { codecOf } from './vault/codec';

// The domain restates the store list; this fails to compile the day one side gains a store.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const storesMatch: Same<BackupStore, StoreName> = true;
void storesMatch;

const ALL = [...STORE_NAMES, 'meta'] as const;

type AllTx = IDBPTransaction<RapportSchema, (typeof ALL)[number][], 'readwrite'>;

/** Every store, tombstones included, read in one transaction so the dump is one moment in time. */
export async function readAllStores(db: RapportDb): Promise<BackupStores> {
  const tx = db.transaction([...ALL], 'readonly');
  const [meta, ...rest] = await Promise.all([tx.objectStore('meta').getAll(), ...STORE_NAMES.map((name) => tx.objectStore(name).getAll())]);
  await tx.done;
  const stores = Object.fromEntries(STORE_NAMES.map((name, i) => [name, rest[i] as BackupRecord[]]));
  return { ...stores, meta } as BackupStores;
}

/** Every store as the user wrote it: sealed records opened (meta as stored). */
export async function readAllOpened(db: RapportDb): Promise<BackupStores> {
  const stores = await readAllStores(db);
  const codec = codecOf(db);
  const opened = await Promise.all(STORE_NAMES.map((name) => codec.openAll(name, stores[name] as never)));
  return { ...(Object.fromEntries(STORE_NAMES.map((name, i) => [name, opened[i]])) as Omit<BackupStores, 'meta'>), meta: stores.meta };
}

export async function exportBackup(db: RapportDb, now: number): Promise<BackupFile> {
  return buildBackup(await readAllOpened(db), DB_VERSION, now);
}

async function localIndex(db: RapportDb): Promise<LocalIndex> {
  const stores = await readAllStores(db);
  const index = Object.fromEntries(BACKUP_STORES.map((name) => [name, new Map(stores[name].map((r) => [r.id, r]))]));
  return { ...index, meta: new Set(stores.meta.map((entry) => entry.key)) } as LocalIndex;
}

/** What importing `file` would do here now; nothing is written. */
export async function planImport(db: RapportDb, file: BackupFile): Promise<MergePlan> {
  return planMerge(await localIndex(db), file.stores);
}

/**
 * Applies a plan in ONE readwrite transaction over every store: all of it lands or none of it.
 * Each record is compared again with what is stored now, because the user may have edited
 * something in a panel between seeing the plan and confirming it: a newer local edit still wins.
 * Each store is read once with getAll and the puts are queued without awaiting each one: a
 * get-then-put round trip per record made a 5,000-client restore several times slower.
 */
export async function applyImport(db: RapportDb, plan: MergePlan): Promise<void> {
  const codec = codecOf(db);
  // Sealed before the transaction opens: WebCrypto inside it would let it commit half-way.
  const incoming = new Map<StoreName, BackupRecord[]>();
  for (const store of STORE_NAMES) {
    incoming.set(store, (await Promise.all(plan.writes[store].map((record) => codec.seal(store, record as never)))) as BackupRecord[]);
  }
  const tx: AllTx = db.transaction([...ALL], 'readwrite');
  tx.done.catch(() => {});
  const requests: Promise<unknown>[] = [];
  // A failed put aborts the transaction; the first error surfaces below, the rest are expected.
  const queue = (request: Promise<unknown>) => {
    request.catch(() => {});
    requests.push(request);
  };
  const written = new Map<StoreName, string[]>();
  const state = new Map<StoreName, Map<string, BackupRecord>>();
  const summaryClients = new Set<string>();
  for (const store of STORE_NAMES) {
    const os = tx.objectStore(store);
    const current = new Map(((await os.getAll()) as BackupRecord[]).map((r) => [r.id, r]));
    const ids: string[] = [];
    for (const record of incoming.get(store) ?? []) {
      const before = current.get(record.id);
      if (!incomingWins(before, record)) continue;
      queue(os.put(record as never));
      current.set(record.id, record);
      ids.push(record.id);
      if (store === 'clients') summaryClients.add(record.id);
      if (store === 'contacts') for (const r of [before, record]) if (r && !r.deleted) summaryClients.add((r as unknown as ContactRecord).clientId);
    }
    state.set(store, current);
    written.set(store, ids);
  }
  const meta = tx.objectStore('meta');
  const metaKeys: string[] = [];
  for (const entry of plan.meta) {
    if ((await meta.getKey(entry.key)) !== undefined) continue;
    queue(meta.put(entry));
    metaKeys.push(entry.key);
  }
  for (const client of summaries(state, summaryClients)) queue(tx.objectStore('clients').put(client));
  await Promise.all([...requests, tx.done]);
  for (const [store, ids] of written) notifyChanged({ store, ids });
  notifyChanged({ store: 'meta', ids: metaKeys });
}

/**
 * Clients whose last success / last attempt no longer match their contacts, whichever side of the
 * merge each contact came from; like the contacts store, without a revision bump (not a user edit).
 */
function summaries(state: Map<StoreName, Map<string, BackupRecord>>, clientIds: Set<string>): ClientRecord[] {
  const byClient = new Map<string, ContactRecord[]>();
  for (const record of state.get('contacts')?.values() ?? []) {
    const contact = record as unknown as ContactRecord;
    if (record.deleted || !clientIds.has(contact.clientId)) continue;
    const list = byClient.get(contact.clientId);
    if (list) list.push(contact);
    else byClient.set(contact.clientId, [contact]);
  }
  const changed: ClientRecord[] = [];
  for (const id of clientIds) {
    const client = state.get('clients')?.get(id) as unknown as ClientRecord | undefined;
    if (!client || isTombstone(client)) continue;
    const { lastSuccessAt, lastAttemptAt } = contactSummary(byClient.get(id) ?? [], 0);
    if (client.lastSuccessAt === lastSuccessAt && client.lastAttemptAt === lastAttemptAt) continue;
    const next: ClientRecord = { ...client, lastSuccessAt, lastAttemptAt };
    if (lastSuccessAt === undefined) delete next.lastSuccessAt;
    if (lastAttemptAt === undefined) delete next.lastAttemptAt;
    changed.push(next);
  }
  return changed;
}
