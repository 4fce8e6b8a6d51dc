import * as v from 'valibot';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { RapportDb, RapportSchema } from '../store/db';
import { applyPatch, enrolInTransaction, MAX_ATTEMPTS, withUnversionedFieldsOf } from '../store/base';
import { notifyChanged } from '../store/changes';
import { refreshContactSummary, type ContactsTx } from '../store/contacts';
import { deleteClientCompletely } from '../store/erase';
import { checklistsForClient } from '../store/checklists';
import { OutboxEntrySchema, outboxKey } from '../store/sync-queue';
import { codecOf } from '../store/vault/codec';
import { newId } from '../domain/identity/ids';
import { clientKeys, identityKey } from '../domain/identity/identity';
import type { SharedStore } from '../domain/fhir/shared';
import { pulledPatch, type Pending, type SharedFields } from '../domain/fhir/pull-merge';
import { readCondition } from '../domain/fhir/condition';
import { isChecklistTask, readChecklistTask } from '../domain/fhir/checklist-task';
import { list, patientIdOf, readCallbackTask, readCommunication, readPatient, type Read } from '../domain/fhir/read';
import { pulledStay, readStay, STAY_IDENTIFIER_SYSTEM } from '../domain/fhir/stay';
import { isTombstone, RECORD_SCHEMAS, type StoreRecords, type Stored, type Tombstone } from '../model/records';
import { serverIdEntry } from './outbox';

/**
 * Writes what a pull brought into the local stores, record by record. These writes never queue
 * for the team (they are the team's news, not this device's), and each is a compare-and-set on
 * the record's revision and its outbox entry: an edit made here while the pull ran wins, and the
 * next pull brings the team's other fields once the push has merged it.
 */

export interface ServerResource {
  resourceType: string;
  id?: string;
  [element: string]: unknown;
}

export interface PullContext {
  db: RapportDb;
  now: number;
  /**
   * Per store: server id → local record id (the inverse of outbox.ts's server ids), filled by
   * `knowing(store)` from every server id of the store, read when a lookup first needs it.
   */
  localIds: Record<SharedStore, Map<string, string>>;
  /** Patient id → client id of each client's server id this pull wrote (the round links its care teams by them: team-links.ts). */
  linked: Map<string, string>;
  knowing(store: SharedStore): Promise<void>;
  /** The server id remembered for a record here, read by key. */
  serverIdOf(store: SharedStore, id: string): Promise<string | undefined>;
  /** A Patient the server has and this device has never pulled (a contact's subject). */
  fetchPatient(serverId: string): Promise<ServerResource | undefined>;
  /** Resources that did not map cleanly, in words; they are skipped, never fatal. */
  problems: string[];
  /** Records written here. */
  applied: number;
  /**
   * Rows read ahead for the page being applied (readAhead), by `store/id` and `serverIds/store/id`;
   * null for a row there is none of. Only the reads that decide where a resource goes use them, and
   * each write here drops the rows it touched: the writes themselves still compare and set.
   */
  ahead?: Map<string, unknown>;
}

const READERS: { [S in SharedStore]: (resource: ServerResource) => Read<SharedFields[S]> } = {
  clients: readPatient,
  contacts: readCommunication,
  callbacks: readCallbackTask,
  painPoints: readCondition,
  checklists: readChecklistTask,
};

/**
 * Reads at once, in one transaction, the rows applyPulled looks at for a page of resources: each
 * record by Rapport's identifiers, its server id, and its client. A supervisor's round applies a
 * day of the team's records, each otherwise costing five read transactions before its write.
 */
export async function readAhead(ctx: PullContext, pulledAs: SharedStore, resources: readonly ServerResource[]): Promise<void> {
  const ahead = new Map<string, unknown>();
  const records: [SharedStore, string][] = [];
  const patients: string[] = [];
  for (const resource of resources) {
    if (resource.resourceType === 'Encounter') continue;
    const store = pulledAs === 'callbacks' && isChecklistTask(resource) ? 'checklists' : pulledAs;
    const read = READERS[store](resource);
    if (read.kind !== 'problem') for (const id of read.rapportIds) records.push([store, id]);
    const patientId = store === 'clients' ? undefined : patientIdOf(resource.subject ?? resource.for);
    if (patientId !== undefined) patients.push(patientId);
  }
  await readRows(ctx, ahead, records, true);
  // A record new here finds its client through the Patient's server id (clientFor): the store's are read once a round.
  const fresh = records.some(([store, id]) => ahead.get(`${store}/${id}`) === null);
  if (fresh && patients.length) await ctx.knowing('clients');
  const clients = patients.flatMap((patientId) => {
    const clientId = ctx.localIds.clients.get(patientId);
    return clientId === undefined ? [] : [['clients', clientId] as [SharedStore, string]];
  });
  await readRows(ctx, ahead, clients, false);
  ctx.ahead = ahead;
}

async function readRows(ctx: PullContext, ahead: Map<string, unknown>, rows: readonly [SharedStore, string][], withServerIds: boolean): Promise<void> {
  if (!rows.length) return;
  const stores: StoreNames<RapportSchema>[] = [...new Set(rows.map(([store]) => store)), 'serverIds'];
  const tx = ctx.db.transaction(stores, 'readonly');
  await Promise.all(
    rows.flatMap(([store, id]) => [
      tx.objectStore(store).get(id).then((row) => void ahead.set(`${store}/${id}`, row ?? null)),
      ...(withServerIds ? [tx.objectStore('serverIds').get(serverIdEntry(store, id, '').key).then((row) => void ahead.set(`serverIds/${store}/${id}`, row?.value ?? null))] : []),
    ]),
  );
  await tx.done;
}

/** A row as read ahead, else read now. */
async function rowOf<S extends SharedStore>(ctx: PullContext, store: S, id: string): Promise<Stored<S> | undefined> {
  const key = `${store}/${id}`;
  if (ctx.ahead?.has(key)) return (ctx.ahead.get(key) ?? undefined) as Stored<S> | undefined;
  return (await ctx.db.get(store, id)) as Stored<S> | undefined;
}

async function serverIdHere(ctx: PullContext, store: SharedStore, id: string): Promise<string | undefined> {
  const key = `serverIds/${store}/${id}`;
  if (ctx.ahead?.has(key)) {
    const serverId = ctx.ahead.get(key);
    return typeof serverId === 'string' ? serverId : undefined;
  }
  return ctx.serverIdOf(store, id);
}

/** Rows a write here changed are read again when next needed. */
function touched(ctx: PullContext, store: SharedStore, id: string, clientId?: string): void {
  ctx.ahead?.delete(`${store}/${id}`);
  ctx.ahead?.delete(`serverIds/${store}/${id}`);
  if (clientId !== undefined) ctx.ahead?.delete(`clients/${clientId}`);
}

const liveHere = async <S extends SharedStore>(ctx: PullContext, store: S, id: string) => {
  const stored = await rowOf(ctx, store, id);
  return stored && !isTombstone(stored) ? stored : undefined;
};

export async function applyPulled(ctx: PullContext, pulledAs: SharedStore, resource: ServerResource): Promise<void> {
  if (pulledAs === 'clients' && resource.resourceType === 'Encounter') return applyStay(ctx, resource);
  // Callbacks and checklist items are both Tasks: the Task's code says which.
  const store = pulledAs === 'callbacks' && isChecklistTask(resource) ? 'checklists' : pulledAs;
  const read = READERS[store](resource);
  if (read.kind === 'problem') return void ctx.problems.push(read.problem);
  const serverId = resource.id;
  if (!serverId) return void ctx.problems.push(`${resource.resourceType}: no id`);
  const own = await ownCopy(ctx, store, serverId, read.rapportIds);
  let clientId: string | undefined;
  if (store !== 'clients') {
    // A copy found here already names its client: the Patient's id need not be looked up.
    const ownClient = own?.clientId !== undefined && (await liveHere(ctx, 'clients', own.clientId)) ? own.clientId : undefined;
    clientId = ownClient ?? (await clientFor(ctx, resource));
    if (!clientId) return void ctx.problems.push(`${resource.resourceType} ${serverId}: its patient could not be read`);
  }
  const found = own ?? (await locate(ctx, store, serverId, read, clientId));
  if (found && !found.live) return remember(ctx, store, found.id, serverId);
  if (read.kind === 'retired') {
    if (found) await retireHere(ctx, store, found.id);
    return;
  }
  if (found) await updateHere(ctx, store, found.id, serverId, read.fields);
  else await createHere(ctx, store, serverId, read, clientId);
}

/** The local client a contact or callback belongs to, pulling its Patient first when it is new here. */
async function clientFor(ctx: PullContext, resource: ServerResource): Promise<string | undefined> {
  const patientId = patientIdOf(resource.subject ?? resource.for);
  if (!patientId) return undefined;
  await ctx.knowing('clients');
  if (!ctx.localIds.clients.has(patientId)) {
    const patient = await ctx.fetchPatient(patientId);
    if (patient) await applyPulled(ctx, 'clients', patient);
  }
  const clientId = ctx.localIds.clients.get(patientId);
  return clientId && (await liveHere(ctx, 'clients', clientId)) ? clientId : undefined;
}

/**
 * The common case first, read by key: the record here that Rapport's identifier names and that
 * remembers this very server id (pushed from here, or pulled before). Anything else is locate's.
 */
async function ownCopy(ctx: PullContext, store: SharedStore, serverId: string, rapportIds: readonly string[]): Promise<{ id: string; live: boolean; clientId?: string } | undefined> {
  for (const id of rapportIds) {
    const stored = await rowOf(ctx, store, id);
    if (!stored || (await serverIdHere(ctx, store, id)) !== serverId) continue;
    const clientId = 'clientId' in stored && typeof stored.clientId === 'string' ? stored.clientId : undefined;
    return { id, live: !isTombstone(stored), ...(clientId !== undefined ? { clientId } : {}) };
  }
  return undefined;
}

/** This device's copy: by the server id it pushed or pulled, by Rapport's identifier, or (a client) by chart. */
async function locate(ctx: PullContext, store: SharedStore, serverId: string, read: Exclude<Read<unknown>, { kind: 'problem' }>, clientId: string | undefined): Promise<{ id: string; live: boolean } | undefined> {
  if (!(await neverHeld(ctx, store, read.rapportIds))) {
    await ctx.knowing(store);
    const known = ctx.localIds[store].get(serverId);
    for (const id of [...(known ? [known] : []), ...read.rapportIds]) {
      const stored = await rowOf(ctx, store, id);
      if (stored) return { id, live: !isTombstone(stored) };
    }
  }
  if (store === 'checklists' && read.kind === 'record' && clientId !== undefined) {
    // A client has one row per item: an item ticked here and there before they met is one record.
    const item = read.fields as SharedFields['checklists'];
    const same = (await checklistsForClient(ctx.db, clientId)).find((row) => row.templateId === item.templateId && row.itemId === item.itemId);
    return same ? { id: same.id, live: true } : undefined;
  }
  if (store !== 'clients' || read.kind !== 'record') return undefined;
  const codec = codecOf(ctx.db);
  for (const identity of (read.fields as SharedFields['clients']).identities) {
    const holders = await ctx.db.getAllFromIndex('clients', 'by_identity', await codec.indexKey(identityKey(identity.system, identity.mrn)));
    const live = holders.find((holder) => !isTombstone(holder));
    if (live) return { id: live.id, live: true };
  }
  return undefined;
}

/**
 * A record of Rapport's is kept here under the first device's id whenever that id was free
 * (createHere), so while one of its ids is valid and none is taken here, this device never held
 * it, by any server id: the store's server ids (a supervisor's contacts: every contact the team
 * ever logged) need not be read to learn so. A resource without Rapport's identifier may have been
 * kept under any id.
 */
async function neverHeld(ctx: PullContext, store: SharedStore, rapportIds: readonly string[]): Promise<boolean> {
  const valid = rapportIds.filter((id) => v.safeParse(RECORD_SCHEMAS[store].entries.id, id).success);
  for (const id of valid) if (await rowOf(ctx, store, id)) return false;
  return valid.length > 0;
}

async function liveRecord<S extends SharedStore>(db: RapportDb, store: S, id: string): Promise<Stored<S> | undefined> {
  const stored = (await db.get(store, id)) as Stored<S> | undefined;
  return stored && !isTombstone(stored) ? stored : undefined;
}

async function pendingOf(db: RapportDb, store: SharedStore, id: string): Promise<Pending | undefined> {
  const entry = v.safeParse(OutboxEntrySchema, (await db.get('meta', outboxKey(store, id)))?.value);
  if (!entry.success) return undefined;
  return entry.output.fields ?? 'all';
}

type PullTx = ContactsTx;
/** pullTx's transaction holds the serverIds store too; ContactsTx's type does not name it. */
const serverIdsIn = (tx: PullTx) => (tx as unknown as IDBPTransaction<RapportSchema, ['serverIds'], 'readwrite'>).objectStore('serverIds');
/** Contacts keep their client's contact summary; every record keeps its server id in serverIds. */
function pullTx(db: RapportDb, store: SharedStore): PullTx {
  const stores: StoreNames<RapportSchema>[] = store === 'clients' ? ['clients', 'meta', 'serverIds'] : [store, 'clients', 'meta', 'serverIds'];
  const tx = db.transaction(stores, 'readwrite') as unknown as PullTx;
  tx.done.catch(() => {});
  return tx;
}

/** A server id this pull wrote for a record here. */
function wrote(ctx: PullContext, store: SharedStore, id: string, serverId: string): void {
  ctx.localIds[store].set(serverId, id);
  if (store === 'clients') ctx.linked.set(serverId, id);
}

async function remember(ctx: PullContext, store: SharedStore, id: string, serverId: string): Promise<void> {
  wrote(ctx, store, id, serverId);
  touched(ctx, store, id);
  await ctx.db.put('serverIds', serverIdEntry(store, id, serverId));
}

async function updateHere<S extends SharedStore>(ctx: PullContext, store: S, id: string, serverId: string, server: SharedFields[S]): Promise<void> {
  const { db, now } = ctx;
  const codec = codecOf(db);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const stored = await liveRecord(db, store, id);
    if (!stored) return;
    const current = (await codec.open(store, stored)) as StoreRecords[S];
    const pending = await pendingOf(db, store, id);
    let patch = pulledPatch(store, current as unknown as SharedFields[S], server, pending) as Record<string, unknown> | null;
    if (patch && store === 'clients') patch = await clientPatch(ctx, id, current as StoreRecords['clients'], patch);
    if (!patch) return remember(ctx, store, id, serverId);
    const next = applyPatch<S>(current, patch as Partial<StoreRecords[S]>, now);
    if (!v.safeParse(RECORD_SCHEMAS[store], next).success) return void ctx.problems.push(`${store} ${serverId}: the team's copy does not fit this record`);
    const sealed = await codec.seal(store, next);

    const tx = pullTx(db, store);
    const records = tx.objectStore(store as 'contacts');
    const latest = (await records.get(id)) as Stored<S> | undefined;
    const pendingNow = v.safeParse(OutboxEntrySchema, (await tx.objectStore('meta').get(outboxKey(store, id)))?.value);
    const unchanged = JSON.stringify(pendingNow.success ? (pendingNow.output.fields ?? 'all') : undefined) === JSON.stringify(pending);
    if (latest && !isTombstone(latest) && latest.rev === stored.rev && unchanged) {
      touched(ctx, store, id, (current as { clientId?: string }).clientId);
      await records.put(withUnversionedFieldsOf(store, sealed, latest) as never);
      await serverIdsIn(tx).put(serverIdEntry(store, id, serverId));
      if (store === 'contacts') await refreshContactSummary(tx, (current as StoreRecords['contacts']).clientId);
      await tx.done;
      wrote(ctx, store, id, serverId);
      ctx.applied++;
      notifyChanged({ store, ids: [id] });
      return;
    }
    await tx.done;
  }
}

/** Chart identities another client here already holds stay with that client; derived keys follow. */
async function clientPatch(ctx: PullContext, id: string, current: StoreRecords['clients'], patch: Record<string, unknown>): Promise<Record<string, unknown> | null> {
  const next = { ...patch };
  if (next.identities) {
    const codec = codecOf(ctx.db);
    const kept = [];
    for (const identity of next.identities as StoreRecords['clients']['identities']) {
      const holders = await ctx.db.getAllFromIndex('clients', 'by_identity', await codec.indexKey(identityKey(identity.system, identity.mrn)));
      if (holders.every((holder) => isTombstone(holder) || holder.id === id)) kept.push(identity);
    }
    if (kept.length === current.identities.length) delete next.identities;
    else next.identities = kept;
  }
  if (!Object.keys(next).length) return null;
  return { ...next, ...clientKeys({ ...current, ...next }) };
}

async function createHere<S extends SharedStore>(ctx: PullContext, store: S, serverId: string, read: Extract<Read<SharedFields[S]>, { kind: 'record' }>, clientId: string | undefined): Promise<void> {
  const { db, now } = ctx;
  // The first device's record id, when free here: the record then has one name across the team.
  let id = newId();
  for (const rapportId of read.rapportIds) {
    if (!(await rowOf(ctx, store, rapportId)) && v.safeParse(RECORD_SCHEMAS[store].entries.id, rapportId).success) {
      id = rapportId;
      break;
    }
  }
  const fields: Record<string, unknown> =
    store === 'clients'
      ? { ...read.fields, ...clientKeys(read.fields as SharedFields['clients']), enrolledAt: now }
      : { ...read.fields, clientId, ...(store === 'contacts' ? { tags: [] } : {}) };
  const record = { ...fields, id, createdAt: now, updatedAt: now, rev: 1 };
  const parsed = v.safeParse(RECORD_SCHEMAS[store], record);
  if (!parsed.success) return void ctx.problems.push(`${store} ${serverId}: the team's copy does not fit a record`);
  const sealed = await codecOf(db).seal(store, parsed.output as Stored<S>);

  const tx = pullTx(db, store);
  const records = tx.objectStore(store as 'contacts');
  if (await records.get(id)) return void (await tx.done);
  if (store === 'clients') {
    for (const key of (sealed as StoreRecords['clients']).identityKeys) {
      const holder = await tx.objectStore('clients').index('by_identity').get(key);
      if (holder && !isTombstone(holder)) return void (await tx.done);
    }
  }
  touched(ctx, store, id, clientId);
  await records.add(sealed as never);
  await serverIdsIn(tx).put(serverIdEntry(store, id, serverId));
  if (clientId !== undefined) {
    await enrolInTransaction(tx.objectStore('clients'), clientId, now);
    if (store === 'contacts') await refreshContactSummary(tx, clientId);
  }
  await tx.done;
  wrote(ctx, store, id, serverId);
  ctx.applied++;
  notifyChanged({ store, ids: [id] });
  if (clientId !== undefined) notifyChanged({ store: 'clients', ids: [clientId] });
}

/** Retired on the team server: gone here too, unless this device changed it and has not pushed yet. */
async function retireHere(ctx: PullContext, store: SharedStore, id: string): Promise<void> {
  const { db, now } = ctx;
  if ((await pendingOf(db, store, id)) !== undefined) return;
  if (store === 'clients') {
    // Erasing a client writes its records in every store.
    ctx.ahead?.clear();
    await deleteClientCompletely(db, id, now, { forTeam: false });
    ctx.applied++;
    return;
  }
  const tx = pullTx(db, store);
  const records = tx.objectStore(store as 'contacts');
  const current = await records.get(id);
  if (!current || isTombstone(current) || (await tx.objectStore('meta').get(outboxKey(store, id)))) return void (await tx.done);
  const tombstone: Tombstone = { id, createdAt: current.createdAt, updatedAt: now, rev: current.rev + 1, deleted: true };
  touched(ctx, store, id, current.clientId);
  await records.put(tombstone);
  if (store === 'contacts') await refreshContactSummary(tx, current.clientId);
  await tx.done;
  ctx.applied++;
  notifyChanged({ store, ids: [id] });
}

/**
 * A stay Encounter laid over its client here (domain/fhir/stay.ts): field-wise, a stay field
 * changed here and not pushed yet stays; compare-and-set on the client's revision and outbox entry
 * like every pulled write. An Encounter of a patient this device does not hold is not its news.
 */
async function applyStay(ctx: PullContext, resource: ServerResource): Promise<void> {
  const patientId = patientIdOf(resource.subject);
  await ctx.knowing('clients');
  const clientId = patientId === undefined ? undefined : ctx.localIds.clients.get(patientId);
  if (!clientId || !list(resource.identifier).some((identifier) => identifier.system === STAY_IDENTIFIER_SYSTEM)) return;
  const { db, now } = ctx;
  const codec = codecOf(db);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const stored = await liveRecord(db, 'clients', clientId);
    if (!stored) return;
    const current = (await codec.open('clients', stored)) as StoreRecords['clients'];
    const pending = await pendingOf(db, 'clients', clientId);
    const patch = pulledStay(current, readStay(resource), pending);
    if (!patch) return;
    const next = applyPatch<'clients'>(current, patch, now);
    if (!v.safeParse(RECORD_SCHEMAS.clients, next).success) return void ctx.problems.push(`Encounter ${resource.id ?? ''}: the team's stay does not fit this client`);
    const sealed = await codec.seal('clients', next);
    const tx = pullTx(db, 'clients');
    const latest = await tx.objectStore('clients').get(clientId);
    const pendingNow = v.safeParse(OutboxEntrySchema, (await tx.objectStore('meta').get(outboxKey('clients', clientId)))?.value);
    const unchanged = JSON.stringify(pendingNow.success ? (pendingNow.output.fields ?? 'all') : undefined) === JSON.stringify(pending);
    if (latest && !isTombstone(latest) && latest.rev === stored.rev && unchanged) {
      touched(ctx, 'clients', clientId);
      await tx.objectStore('clients').put(withUnversionedFieldsOf('clients', sealed, latest) as never);
      await tx.done;
      ctx.applied++;
      notifyChanged({ store: 'clients', ids: [clientId] });
      return;
    }
    await tx.done;
  }
}
