import type { IDBPTransaction } from 'idb';
import { buildBackup, exportProblems, type BackupFile, type ExportProblem, type FileRecord } from '../domain/backup/format';
import { incomingWins, planMerge, type LocalIndex, type MergePlan } from '../domain/backup/merge';
import { repairedRecord } from '../domain/backup/repair';
import { lastContactTimes } from '../domain/contacts/contacts';
import { clientKeys } from '../domain/identity/identity';
import { CLIENT_STORES, isTombstone, STORE_NAMES, type ClientRecord, type ContactRecord, type StoreName, type Stored } from '../model/records';
import { updateRecord } from './base';
import { notifyChanged } from './changes';
import { DB_VERSION, type RapportDb, type RapportSchema } from './db';
import { readRawStores, type RawStores } from './raw-stores';
import { codecOf, type UnreadableReport } from './vault/codec';
import { queueForTeam, type QueuedWrite } from './sync-queue';

const ALL = [...STORE_NAMES, 'meta'] as const;
type AllTx = IDBPTransaction<RapportSchema, (typeof ALL)[number][], 'readwrite'>;

/** Every store, tombstones included, as IndexedDB holds it (or opened), and the meta entries. */
export type StoredStores = RawStores;
export { readRawStores as readAllStores };

/**
 * Every store as the user wrote it: sealed records opened (meta as stored). A record that cannot
 * be opened is left out and reported to `unreadable`.
 */
export async function readAllOpened(db: RapportDb, unreadable?: UnreadableReport): Promise<StoredStores> {
  const stores = await readRawStores(db);
  const codec = codecOf(db);
  const opened = await Promise.all(STORE_NAMES.map((name) => codec.openAll(name, stores[name] as never, unreadable)));
  return { ...(Object.fromEntries(STORE_NAMES.map((name, i) => [name, opened[i]])) as Omit<StoredStores, 'meta' | 'serverIds'>), meta: stores.meta, serverIds: stores.serverIds };
}

/** Some records would make a backup that cannot be restored: each is named, to repair or leave out. */
export class ExportBlockedError extends Error {
  override name = 'ExportBlockedError';
  constructor(readonly problems: readonly ExportProblem[]) {
    super(`${problems.length} record(s) cannot go into a backup as they are`);
  }
}

/** Records that cannot be exported as they are: malformed ones, and sealed ones that do not open. */
export async function findExportProblems(db: RapportDb): Promise<{ stores: StoredStores; problems: ExportProblem[] }> {
  const unreadable: ExportProblem[] = [];
  const stores = await readAllOpened(db, ({ store, id }) => unreadable.push({ store, id, problem: 'cannot be opened with this passphrase' }));
  return { stores, problems: [...unreadable, ...exportProblems(stores)] };
}

/**
 * The backup of everything, each record checked against the schema an import will use. A record
 * that fails stops the export (ExportBlockedError) unless the user chose to leave it out: then it
 * stays behind, and with a client everything recorded about them.
 */
export async function exportBackup(db: RapportDb, now: number, leaveOut: readonly Pick<ExportProblem, 'store' | 'id'>[] = []): Promise<BackupFile> {
  const { stores, problems } = await findExportProblems(db);
  const left = new Set(leaveOut.map(({ store, id }) => `${store}/${id}`));
  const blocking = problems.filter(({ store, id }) => !left.has(`${store}/${id}`));
  if (blocking.length > 0) throw new ExportBlockedError(blocking);
  const leftClients = new Set(leaveOut.filter(({ store }) => store === 'clients').map(({ id }) => id));
  const kept = (store: StoreName, record: Stored<StoreName>) =>
    !left.has(`${store}/${record.id}`) && !leftClients.has((record as { clientId?: string }).clientId ?? '');
  const trimmed = Object.fromEntries(STORE_NAMES.map((store) => [store, (stores[store] as Stored<StoreName>[]).filter((record) => kept(store, record))]));
  return buildBackup({ ...(trimmed as Omit<StoredStores, 'meta' | 'serverIds'>), meta: stores.meta }, DB_VERSION, now);
}

/**
 * Repairs a record an export refused by dropping what does not fit and is not required (an
 * unknown field, a chart address from another site); undefined when that is not enough.
 */
export async function repairForExport(db: RapportDb, { store, id }: Pick<ExportProblem, 'store' | 'id'>, now: number): Promise<boolean> {
  let repairable = true;
  await updateRecord(
    db,
    store,
    id,
    (current) => {
      const repaired = repairedRecord(store, current);
      repairable = repaired !== undefined;
      if (!repaired) return null;
      const patch: Record<string, unknown> = { ...repaired };
      for (const key of Object.keys(current)) if (!(key in repaired)) patch[key] = undefined;
      for (const key of ['id', 'createdAt', 'updatedAt', 'rev']) delete patch[key];
      return patch as never;
    },
    now,
  );
  return repairable;
}

async function localIndex(db: RapportDb): Promise<LocalIndex> {
  const stores = await readAllOpened(db);
  const index = Object.fromEntries(STORE_NAMES.map((name) => [name, new Map((stores[name] as Stored<StoreName>[]).map((r) => [r.id, r]))]));
  return { ...index, meta: new Set(stores.meta.map((entry) => entry.key)) } as LocalIndex;
}

/** What importing `file` would do here now; nothing is written. */
export async function planImport(db: RapportDb, file: BackupFile): Promise<MergePlan> {
  return planMerge(await localIndex(db), file.stores);
}

/**
 * The import did not go through: the transaction was aborted and the abort confirmed, so nothing
 * was changed. Only this error may say so.
 */
export class ImportNotAppliedError extends Error {
  override name = 'ImportNotAppliedError';
  constructor(override readonly cause: unknown) {
    super(`The import was rolled back: ${String(cause)}`);
  }
}

/** Something this device recorded after the plan was made now holds a chart the import would give to another client. */
export class StalePlanError extends Error {
  override name = 'StalePlanError';
  constructor() {
    super('The data changed since the file was checked');
  }
}

/** A client with the fields the store derives (look-up keys; the contact summary comes later). */
function withDerived(record: FileRecord<'clients'>): Stored<'clients'> {
  return isTombstone(record) ? record : ({ ...record, ...clientKeys(record) } as ClientRecord);
}

/**
 * Applies a plan in ONE readwrite transaction over every store: all of it lands or none of it.
 * Each record is compared again with what is stored now, because the user may have edited
 * something in a panel between seeing the plan and confirming it: a newer local edit still wins,
 * and a chart claimed here meanwhile stops the import (StalePlanError) rather than being taken.
 * Any failure aborts the transaction and waits for the abort to be confirmed before it reports
 * ImportNotAppliedError: a thrown exception alone does not stop queued writes from committing.
 */
export async function applyImport(db: RapportDb, plan: MergePlan, now: number): Promise<void> {
  const codec = codecOf(db);
  // Sealed before the transaction opens: WebCrypto inside it would let it commit half-way.
  const incoming = new Map<StoreName, Stored<StoreName>[]>();
  for (const store of STORE_NAMES) {
    const records = store === 'clients' ? plan.writes.clients.map(withDerived) : (plan.writes[store] as Stored<StoreName>[]);
    incoming.set(store, await Promise.all(records.map((record) => codec.seal(store, record as never) as Promise<Stored<StoreName>>)));
  }
  const tx: AllTx = db.transaction([...ALL], 'readwrite');
  tx.done.catch(() => {});
  const written = new Map<StoreName, string[]>();
  const metaKeys: string[] = [];
  try {
    const requests: Promise<unknown>[] = [];
    // A failed put aborts the transaction; the first error surfaces below, the rest are expected.
    const queue = (request: Promise<unknown>) => {
      request.catch(() => {});
      requests.push(request);
    };
    const state = new Map<StoreName, Map<string, Stored<StoreName>>>();
    const touchedClients = new Set<string>();
    // With team sync on, what the file changed is queued like any edit (a deletion as the record it deleted).
    const forTeam: QueuedWrite[] = [];
    for (const store of STORE_NAMES) {
      const os = tx.objectStore(store);
      const current = new Map(((await os.getAll()) as Stored<StoreName>[]).map((r) => [r.id, r]));
      const ids: string[] = [];
      for (const record of incoming.get(store) ?? []) {
        const before = current.get(record.id);
        if (!incomingWins(before, record)) continue;
        queue(os.put(record as never));
        current.set(record.id, record);
        ids.push(record.id);
        // A deletion of something this device never had is nothing to tell the team.
        if (!isTombstone(record) || (before && !isTombstone(before))) forTeam.push({ store, id: record.id, record: isTombstone(record) ? before : record });
        if (store === 'clients') touchedClients.add(record.id);
        for (const r of [before, record]) if (r && !isTombstone(r) && 'clientId' in r) touchedClients.add(r.clientId as string);
      }
      state.set(store, current);
      written.set(store, ids);
    }
    await refuseTakeovers(tx, (incoming.get('clients') ?? []) as Stored<'clients'>[]);
    for (const client of bookkeeping(state, touchedClients)) {
      queue(tx.objectStore('clients').put(client));
      // A client the file's acts brought into the caseload is the team's from now on.
      const prior = state.get('clients')?.get(client.id) as ClientRecord | undefined;
      if (!isTombstone(client) && client.enrolledAt !== undefined && prior?.enrolledAt === undefined) forTeam.push({ store: 'clients', id: client.id, record: client });
    }
    for (const write of forTeam) await queueForTeam(tx, write, now);
    const meta = tx.objectStore('meta');
    for (const entry of plan.meta) {
      if ((await meta.getKey(entry.key)) !== undefined) continue;
      queue(meta.put(entry));
      metaKeys.push(entry.key);
    }
    await Promise.all([...requests, tx.done]);
  } catch (error) {
    throw await rolledBack(tx, error);
  }
  for (const [store, ids] of written) notifyChanged({ store, ids });
  notifyChanged({ store: 'meta', ids: metaKeys });
}

/** Aborts, then waits to see the abort: ImportNotAppliedError when confirmed, else the error itself. */
async function rolledBack(tx: AllTx, error: unknown): Promise<unknown> {
  try {
    tx.abort();
  } catch {
    // Already finished: done tells whether it committed or aborted.
  }
  try {
    await tx.done;
    return error;
  } catch {
    return new ImportNotAppliedError(error);
  }
}

/** A chart (hashed when sealed) held now by a live client other than the one the import writes. */
async function refuseTakeovers(tx: AllTx, clients: readonly Stored<'clients'>[]): Promise<void> {
  const index = tx.objectStore('clients').index('by_identity');
  for (const client of clients) {
    if (isTombstone(client)) continue;
    for (const key of client.identityKeys) {
      const holders = await index.getAll(key);
      if (holders.some((holder) => holder.id !== client.id && !isTombstone(holder))) throw new StalePlanError();
    }
  }
}

/**
 * What the store keeps on client records without a revision, recomputed over the merged data:
 * each touched client's last success and last attempt (whichever side of the merge each contact
 * came from), and enrolment for a client with anything recorded for them (a file from before
 * enrolment existed, or acts that arrive for a client only seen here).
 */
function bookkeeping(state: Map<StoreName, Map<string, Stored<StoreName>>>, clientIds: Set<string>): Stored<'clients'>[] {
  const contacts = new Map<string, ContactRecord[]>();
  const firstAct = new Map<string, number>();
  for (const store of CLIENT_STORES) {
    for (const record of state.get(store)?.values() ?? []) {
      if (isTombstone(record)) continue;
      const clientId = (record as { clientId: string }).clientId;
      if (!clientIds.has(clientId)) continue;
      firstAct.set(clientId, Math.min(firstAct.get(clientId) ?? Infinity, record.createdAt));
      if (store !== 'contacts') continue;
      const list = contacts.get(clientId);
      if (list) list.push(record as ContactRecord);
      else contacts.set(clientId, [record as ContactRecord]);
    }
  }
  const changed: Stored<'clients'>[] = [];
  for (const id of clientIds) {
    const client = state.get('clients')?.get(id) as Stored<'clients'> | undefined;
    if (!client || isTombstone(client)) continue;
    const { lastSuccessAt, lastAttemptAt } = lastContactTimes(contacts.get(id) ?? []);
    const act = firstAct.get(id);
    const enrolledAt = client.enrolledAt ?? (act === undefined || act === Infinity ? undefined : act);
    if (client.lastSuccessAt === lastSuccessAt && client.lastAttemptAt === lastAttemptAt && client.enrolledAt === enrolledAt) continue;
    const next: Record<string, unknown> = { ...client, lastSuccessAt, lastAttemptAt, enrolledAt };
    for (const key of ['lastSuccessAt', 'lastAttemptAt', 'enrolledAt']) if (next[key] === undefined) delete next[key];
    changed.push(next as Stored<'clients'>);
  }
  return changed;
}
