import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { RapportDb } from '../store/db';
import { callbackTask, communication, identifierSystem, patient } from '../domain/fhir/export';
import { condition, readCondition } from '../domain/fhir/condition';
import { checklistItemTask } from '../domain/fhir/checklist-task';
import { mergeOntoServer, retired } from '../domain/fhir/merge';
import { isSharedChecklist, SHARED_STORES, type SharedStore } from '../domain/fhir/shared';
import { readCallbackTask, readCommunication, readPatient, type Read } from '../domain/fhir/read';
import type { StoreRecords } from '../model/records';
import { addToFoundPlans, dischargePlanEntries, slicesWithPlans, type PlanEntry } from './discharge-plan';
import { BATCH_ENTRIES, MAX_TRANSACTION_ENTRIES, MAX_TRANSACTION_UPDATES, RAPPORT_IDENTIFIER_SYSTEM, transactionBundle, withRapportIdentifier, type Change, type FhirResource } from './bundle';
import { errorForStatus, SyncError } from './errors';
import { dropEntries, enqueueChange, liveRecords, loadOutbox, openStored, recordKey, serverIdsOf, settlePushed, storedRows, type OutboxEntry } from './outbox';
import type { Send } from './transport';
import { carriedEntries, refusedForCarrying, takeCarried, type Carried } from './carry';
import { requeueStays, slicesWithStays, stayEntries, type StayWrite } from './stay';
import { isStayField } from '../domain/fhir/stay';
import { versionKey } from './pull';
import { copiesFor, RESOURCE_TYPE, type CopiesAhead, type ServerCopy, type ServerIds } from './copies-ahead';

/**
 * Pushes the outbox in transaction Bundles. An update reads the server's copy, lays this device's
 * changed fields over it (domain/fhir/merge.ts) and writes it back with If-Match on the version
 * read; a colleague writing in between makes that a 412, and the batch is read, merged and sent
 * again. A push stopped anywhere resumes from the outbox: a create is conditional on Rapport's
 * identifier, so one the server had already committed is found, not made twice.
 */

/** A record changed on the server faster than this many read-merge-write rounds is left for the next push. */
const MERGE_ROUNDS = 5;

export interface PushResult {
  /** Records the server now has as this device last wrote them. */
  pushed: number;
  /** 412 answers met and merged. */
  merged: number;
  /** Changes to clients no longer on the user's care teams: kept on this device, not sent. */
  heldBack?: number;
}


/**
 * The server ids a push has needed so far, each read once by key as a batch reaches its record
 * (or a record refers to its client); within the push only the push names new ones, and pushBatch
 * adds each to `ids`.
 */
export interface RememberedIds {
  ids: ServerIds;
  lookUp(records: readonly Pick<OutboxEntry, 'store' | 'id'>[]): Promise<void>;
}

export function rememberedIds(db: RapportDb): RememberedIds {
  const ids = Object.fromEntries(SHARED_STORES.map((store) => [store, new Map<string, string>()])) as ServerIds;
  const read = new Set<string>();
  return {
    ids,
    async lookUp(records) {
      // An id this push named (or the first upload read) needs no read.
      const unknown = records.filter((record) => !ids[record.store].has(record.id) && !read.has(recordKey(record)));
      const wanted = [...new Map(unknown.map((record) => [recordKey(record), record])).values()];
      if (!wanted.length) return;
      const found = await serverIdsOf(db, wanted);
      for (const record of wanted) {
        read.add(recordKey(record));
        const serverId = found.get(recordKey(record));
        if (serverId) ids[record.store].set(record.id, serverId);
      }
    },
  };
}

export const clientsOf = (clientIds: Iterable<string | undefined>) => [...clientIds].flatMap((id) => (id === undefined ? [] : [{ store: 'clients' as const, id }]));

/**
 * `created`, when given, is filled with `Type/id/versionId` of each version this push wrote from
 * this device's record as it stands (a create, an update that kept nothing of the team's the record
 * lacks): the round's pull then skips those echoes instead of reading each one back into the store
 * it came from (a first upload's pull is mostly echoes, a day's round half).
 * `newClients`, when given, with the clients this push created on the server or found there by
 * chart (client id → Patient id): the round claims their care teams (team.ts). `born`, when given,
 * with the Patients it created (pull-scoped.ts reads no more than references of theirs back).
 * `carry`, when given: searches the push's last Bundle asks after its writes (carry.ts): that of
 * its records (contacts, callbacks, …), or in a push of clients alone, of its clients.
 * `ahead`, when given: the server ids the round looked up already, the copies of the records it
 * updates that the round asked for with its first request (copies-ahead.ts), and the outbox it read for them.
 */
export async function pushOutbox(
  db: RapportDb,
  send: Send,
  now: number,
  created?: Set<string>,
  scope?: ReadonlySet<string>,
  newClients?: Map<string, string>,
  born?: Map<string, string | undefined>,
  carry?: Carried,
  ahead?: { remembered: RememberedIds; copies?: CopiesAhead | undefined; outbox?: readonly OutboxEntry[] },
): Promise<PushResult> {
  const remembered = ahead?.remembered ?? rememberedIds(db);
  const { ids } = remembered;
  const outbox = ahead?.outbox ?? (await loadOutbox(db));
  const stored = await storedRows(db, outbox.filter((entry) => entry.store !== 'clients'));
  const clientOf = clientsOfRows(stored);
  await remembered.lookUp(clientsOf(clientOf.values()));
  await enqueueMissingClients(db, outbox, clientOf, ids.clients, now);
  const result: PushResult = { pushed: 0, merged: 0 };
  const outside = scope ? outOfScope(outbox, clientOf, ids.clients, scope) : [];
  await dropEntries(db, outside);
  if (outside.length) result.heldBack = outside.length;
  // Clients first: the other records refer to their Patient by its server id. Twice: a client
  // created in the first pass sends its stay in the second, named by the Patient's new id (stay.ts).
  // The other records are those read at the start, opened from the rows read then for their
  // clients: one queued or edited since waits for the next round (settling clears only an entry
  // unchanged since it was read: outbox.ts).
  const dropped = new Set(outside.map(recordKey));
  const records = outbox.filter((entry) => entry.store !== 'clients' && !dropped.has(recordKey(entry)));
  // The searches ride in the push's last Bundle: the records pass's, or in a push of clients alone
  // the last clients pass that sends anything (a pass sending after they were asked makes them stale).
  const carrier = (pass: 'clients' | 'records') => pass === 'records' || !records.length;
  for (const pass of ['clients', 'clients', 'records'] as const) {
    const batch = pass === 'clients' ? await loadOutbox(db, ['clients']) : records;
    await remembered.lookUp(batch);
    // Records that stand alone go in batches when new to the server, in transactions of updates
    // only when the server has them (pushBatch); the rest in transactions within the cap.
    const alone = pass === 'records' ? batch.filter((entry) => STANDING_ALONE.includes(entry.store)) : [];
    const fresh = alone.filter((entry) => !ids[entry.store].has(entry.id));
    const known = alone.filter((entry) => ids[entry.store].has(entry.id));
    const rest = alone.length ? batch.filter((entry) => !STANDING_ALONE.includes(entry.store)) : batch;
    const slices = [
      ...inBatches(fresh).map((entries) => ({ entries, asBatch: true })),
      ...inGroupsOf(known, MAX_TRANSACTION_UPDATES).map((entries) => ({ entries, asBatch: false })),
      ...(pass === 'clients' ? slicesWithStays(rest, ids.clients) : await slicesWithPlans(db, rest)).map((entries) => ({ entries, asBatch: false })),
    ];
    if (carry?.pages && slices.length) delete carry.pages;
    for (let start = 0; start < slices.length; start += SLICES_READ_TOGETHER) {
      const chunk = slices.slice(start, start + SLICES_READ_TOGETHER);
      const entries = chunk.flatMap((slice) => slice.entries);
      const read = pass === 'records' ? await openStored(db, entries, stored) : await liveRecords(db, entries);
      for (const [i, slice] of chunk.entries()) {
        const last = carrier(pass) && start + i === slices.length - 1;
        await pushBatch(db, send, slice.entries, remembered, result, now, { created, newClients, born }, read, undefined, slice.asBatch, last ? carry : undefined, ahead?.copies);
      }
    }
  }
  return result;
}

/**
 * Records that stand alone: none carries another entry along nor is referred to by one. New to the
 * server they go in batches (bundle.ts), known to it as updates in transactions of up to
 * MAX_TRANSACTION_UPDATES. A client goes in a transaction within the cap (a colleague may push the
 * same chart at the same moment, and its stay follows it); a checklist item may carry its discharge plan.
 */
export const STANDING_ALONE: readonly SharedStore[] = ['contacts', 'callbacks', 'painPoints'];

export const inBatches = <T>(entries: readonly T[]): T[][] => inGroupsOf(entries, BATCH_ENTRIES);

function inGroupsOf<T>(entries: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < entries.length; start += size) groups.push(entries.slice(start, start + size));
  return groups;
}

/** Transactions whose records are read from the store at once: a first upload's run of ids is one key range (outbox.ts). */
const SLICES_READ_TOGETHER = 32;

/**
 * The client of each queued contact, callback, … by recordKey, from the stored rows as they are
 * (a client id stays in the clear in a sealed record): nothing is opened.
 */
function clientsOfRows(rows: ReadonlyMap<string, object>): Map<string, string> {
  const clientOf = new Map<string, string>();
  for (const [key, row] of rows) {
    const clientId = (row as { clientId?: unknown }).clientId;
    if (typeof clientId === 'string') clientOf.set(key, clientId);
  }
  return clientOf;
}

/**
 * `scope`: the patients (server ids) of the user's care teams as the server stated them this
 * round. A client the server has that is outside it has left the user's caseload (handed to a
 * colleague, a cover ended): this device's changes to it stay here and are no longer sent, as
 * its pull stopped. A client the server has never had is new, and goes.
 */
function outOfScope(outbox: readonly OutboxEntry[], clientOf: ReadonlyMap<string, string>, patients: ReadonlyMap<string, string>, scope: ReadonlySet<string>): OutboxEntry[] {
  return outbox.filter((entry) => {
    const clientId = entry.store === 'clients' ? entry.id : clientOf.get(recordKey(entry));
    const patient = clientId === undefined ? undefined : patients.get(clientId);
    return patient !== undefined && !scope.has(patient);
  });
}

/** A contact or callback whose client the server has never seen takes the client along. */
async function enqueueMissingClients(db: RapportDb, outbox: readonly OutboxEntry[], clientOf: ReadonlyMap<string, string>, known: ReadonlyMap<string, string>, now: number): Promise<void> {
  const queued = new Set(outbox.filter((entry) => entry.store === 'clients').map((entry) => entry.id));
  for (const clientId of new Set(clientOf.values())) {
    if (known.has(clientId) || queued.has(clientId)) continue;
    await enqueueChange(db, 'clients', clientId, undefined, now);
    queued.add(clientId);
  }
}

export type Settled = Parameters<typeof settlePushed>[1][number];

export interface Echoes {
  created?: Set<string> | undefined;
  newClients?: Map<string, string> | undefined;
  /**
   * Patients this push created on the server (201, not found by chart): nobody wrote about them
   * before this round. Each with the instant the server stamped it, when its answer said.
   */
  born?: Map<string, string | undefined> | undefined;
}

/**
 * `read`: the batch's records as read just before; a merge round after a 412 reads them again.
 * `seeded`: the first upload's records, read from their stores and not from outbox entries
 * (first-upload.ts): their server ids are handed to it to settle with its cursor, and an entry
 * queued for one meanwhile stays. `carry`: searches this Bundle asks after its writes (carry.ts).
 * `ahead`: server copies the round read before the push (copies-ahead.ts), for the first send only.
 */
export async function pushBatch(
  db: RapportDb,
  send: Send,
  batch: readonly OutboxEntry[],
  remembered: RememberedIds,
  result: PushResult,
  now: number,
  { created, newClients, born }: Echoes,
  read: ReadonlyMap<string, StoreRecords[SharedStore]>,
  seeded?: Settled[],
  asBatch = false,
  carry?: Carried,
  ahead?: CopiesAhead,
): Promise<void> {
  const { ids } = remembered;
  for (let round = 1; ; round++) {
    const records = round === 1 ? read : await liveRecords(db, batch);
    const planned = await plan(send, batch, records, remembered, round === 1 ? ahead : undefined);
    const sent = planned.filter((item): item is Planned & { change: Change } => item.change !== undefined);
    // A transaction of updates past the conditional cap whose server copy has gone makes a
    // conditional create of it: such a transaction is sent in parts within the cap.
    if (!asBatch && sent.length > MAX_TRANSACTION_ENTRIES && sent.some((item) => item.change.kind === 'create')) {
      const parts = inGroupsOf(batch, MAX_TRANSACTION_ENTRIES);
      for (const [i, part] of parts.entries()) await pushBatch(db, send, part, remembered, result, now, { created, newClients, born }, records, seeded, false, i === parts.length - 1 ? carry : undefined, ahead);
      return;
    }
    let response: Bundle | undefined;
    let plans: PlanEntry[] = [];
    let stays: StayWrite[] = [];
    let carried = 0;
    try {
      plans = await dischargePlanEntries(db, send, sent);
      stays = await stayEntries(db, send, batch, ids.clients, now);
      const bundle = transactionBundle(sent.map((item) => item.change), asBatch ? 'batch' : 'transaction');
      bundle.entry.push(...plans.map((plan) => plan.entry), ...stays.map((stay) => stay.entry));
      const writes = bundle.entry.length;
      // A Bundle of no writes is not sent for its searches: they go with the pull's own request.
      const asks = writes ? carriedEntries(carry) : [];
      carried = asks.length;
      response = writes ? (await send<Bundle>('POST', '', { json: carried ? { ...bundle, entry: [...bundle.entry, ...asks] } : bundle })).body : undefined;
      if (asBatch) throwIfAnyRefused(response, writes);
      if (carry && carried) takeCarried(carry, response?.entry?.slice(writes) ?? []);
    } catch (error) {
      if (carry && refusedForCarrying(error, carried)) {
        carry.refused = true;
        continue;
      }
      if (error instanceof SyncError && error.kind === 'changed-elsewhere' && round < MERGE_ROUNDS) {
        result.merged++;
        continue;
      }
      // Too large for the server (a batch of long notes): its halves go one after the other.
      if (error instanceof SyncError && error.status === 413 && batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        const halves = [batch.slice(0, half), batch.slice(half)];
        for (const [i, part] of halves.entries()) await pushBatch(db, send, part, remembered, result, now, { created, newClients, born }, records, seeded, asBatch, i === 1 ? carry : undefined);
        return;
      }
      throw error;
    }
    const settled = sent.map((item, i) => {
      const serverId = serverIdOf(response?.entry?.[i]?.response?.location, RESOURCE_TYPE[item.entry.store]);
      return { entry: item.entry, serverId, remembered: ids[item.entry.store].get(item.entry.id) === serverId };
    });
    if (seeded) seeded.push(...settled);
    else await settlePushed(db, settled);
    for (const { entry, serverId } of settled) ids[entry.store].set(entry.id, serverId);
    if (newClients) for (const [i, item] of sent.entries()) if (item.change.kind === 'create' && item.entry.store === 'clients') newClients.set(item.entry.id, settled[i]!.serverId);
    if (born) {
      for (const [i, item] of sent.entries()) {
        const answer = response?.entry?.[i];
        if (item.change.kind !== 'create' || item.entry.store !== 'clients' || !answer?.response?.status.startsWith('201')) continue;
        born.set(settled[i]!.serverId, (answer.resource as FhirResource | undefined)?.meta?.lastUpdated ?? answer.response.lastModified);
      }
    }
    // Records deleted here that the server never had, or no longer has: nothing to tell it.
    if (!seeded) await dropEntries(db, planned.filter((item) => !item.change).map((item) => item.entry));
    await adoptFoundCopies(db, sent, response, now);
    if (created) for (const echo of ownVersions(sent, response)) created.add(echo);
    await addToFoundPlans(send, plans, response?.entry?.slice(sent.length) ?? [], ids.checklists);
    const createdHere = sent.filter((item) => item.change.kind === 'create').map((item) => item.entry);
    const clientHere = (id: string) => records.get(recordKey({ store: 'clients', id })) as StoreRecords['clients'] | undefined;
    await requeueStays((clientId, fields) => enqueueChange(db, 'clients', clientId, fields, now), clientHere, createdHere, stays, response?.entry?.slice(sent.length + plans.length) ?? []);
    result.pushed += sent.length;
    return;
  }
}

/**
 * A batch's entries answer one by one: one refused fails the push as a refused transaction would.
 * Those the server did commit are found again by their identifiers when the batch is sent again.
 */
export function throwIfAnyRefused(response: Bundle | undefined, writes?: number): void {
  for (const answer of response?.entry?.slice(0, writes) ?? []) {
    const status = Number.parseInt(answer.response?.status ?? '', 10);
    if (!(status >= 200 && status < 300)) throw errorForStatus(Number.isNaN(status) ? 500 : status, undefined);
  }
}

interface Planned {
  entry: OutboxEntry;
  serverId?: string;
  change?: Change;
  /** An update whose every shared element is this device's own: read back, it would change nothing here. */
  echo?: boolean;
}

/**
 * Whether the pull would read the merged copy as it reads this device's own mapping of the record:
 * then the team had nothing this device lacks (no field of theirs, no retirement), and the version
 * written is only an echo for the pull. Ticks are appends of both sides, never judged so.
 */
function holdsNothingNew(store: SharedStore, merged: FhirResource, local: FhirResource): boolean {
  if (store === 'checklists') return false;
  const [there, here] = [READ[store](merged), READ[store](local)];
  return there.kind === 'record' && here.kind === 'record' && JSON.stringify(there.fields) === JSON.stringify(here.fields);
}

const READ: Record<Exclude<SharedStore, 'checklists'>, (resource: FhirResource) => Read<unknown>> = {
  clients: readPatient,
  contacts: readCommunication,
  callbacks: readCallbackTask,
  painPoints: readCondition,
};

async function plan(send: Send, batch: readonly OutboxEntry[], records: ReadonlyMap<string, StoreRecords[SharedStore]>, remembered: RememberedIds, ahead?: CopiesAhead): Promise<Planned[]> {
  const { ids } = remembered;
  // The clients the records refer to by their Patient's server id.
  await remembered.lookUp(clientsOf(batch.map((entry) => (records.get(recordKey(entry)) as { clientId?: string } | undefined)?.clientId)));
  const copies = copiesFor(ahead, batch, ids) ?? (await readServerCopies(send, batch, ids));
  const planned: Planned[] = [];
  for (const entry of batch) {
    const serverId = ids[entry.store].get(entry.id);
    const record = records.get(recordKey(entry));
    const server = serverId ? copies.get(`${RESOURCE_TYPE[entry.store]}/${serverId}`) : undefined;
    const versionId = server?.meta?.versionId;
    if (!record) {
      planned.push({ entry, serverId, ...(server && versionId ? { change: { kind: 'update', resource: retired(entry.store, server), versionId } } : {}) });
      continue;
    }
    const resource = mapped(entry.store, record);
    // A record of a kind the team does not share (a risk-screen answer) has nothing to tell it.
    if (!resource) {
      planned.push({ entry });
      continue;
    }
    const local = withRapportIdentifier(withServerReferences(resource, ids.clients), entry.id);
    // Only the stay changed: it travels as its Encounter (stay.ts), the Patient is left as it is.
    if (server && entry.store === 'clients' && entry.fields?.every((field) => isStayField(field))) {
      planned.push({ entry });
      continue;
    }
    if (server && versionId) {
      const merged = mergeOntoServer(entry.store, server, local, entry.fields);
      planned.push({ entry, serverId, change: { kind: 'update', resource: merged, versionId }, echo: holdsNothingNew(entry.store, merged, local) });
    } else {
      planned.push({ entry, change: { kind: 'create', resource: local, rapportId: entry.id, alsoMatch: chartIdentifiers(entry.store, record) } });
    }
  }
  return planned;
}

/** The server's current copies of the batch's records, one search per resource type. */
async function readServerCopies(send: Send, batch: readonly OutboxEntry[], ids: ServerIds): Promise<Map<string, ServerCopy>> {
  const copies = new Map<string, ServerCopy>();
  const known = new Map<SharedStore, string[]>();
  for (const entry of batch) {
    const serverId = ids[entry.store].get(entry.id);
    if (serverId === undefined) continue;
    const some = known.get(entry.store);
    if (some) some.push(serverId);
    else known.set(entry.store, [serverId]);
  }
  for (const [store, serverIds] of known) {
    const { body } = await send<Bundle>('GET', `${RESOURCE_TYPE[store]}?_id=${serverIds.map(encodeURIComponent).join(',')}&_count=${serverIds.length}`);
    for (const found of body.entry ?? []) {
      const resource = found.resource as ServerCopy | undefined;
      if (resource?.id) copies.set(`${resource.resourceType}/${resource.id}`, resource);
    }
  }
  return copies;
}

function mapped(store: SharedStore, record: StoreRecords[SharedStore]): FhirResource | undefined {
  if (store === 'checklists') return isSharedChecklist(record as StoreRecords['checklists']) ? (checklistItemTask(record as StoreRecords['checklists']) as unknown as FhirResource) : undefined;
  const resource: Resource =
    store === 'clients'
      ? patient(record as StoreRecords['clients'])
      : store === 'contacts'
        ? communication(record as StoreRecords['contacts'])
        : store === 'callbacks'
          ? callbackTask(record as StoreRecords['callbacks'])
          : condition(record as StoreRecords['painPoints']);
  // The typed resource is plain JSON; the push handles it as such.
  return resource as unknown as FhirResource;
}

/** A patient's charts: with any of them the server's copy is found, whoever pushed it first. */
function chartIdentifiers(store: SharedStore, record: StoreRecords[SharedStore]): { system: string; value: string }[] {
  if (store !== 'clients') return [];
  return (record as StoreRecords['clients']).identities.filter((identity) => identity.mrn).map((identity) => ({ system: identifierSystem(identity.system), value: identity.mrn }));
}

/**
 * The export addresses a client as urn:uuid:<record id>; on the server it is Patient/<server id>.
 * Rewritten in place, with undefined members left out as JSON would: `resource` is the mapping
 * just made (mapped), and the constants it may share with other mappings (a code) hold neither a
 * client's reference nor an undefined member.
 */
function withServerReferences(resource: FhirResource, patientIds: ReadonlyMap<string, string>): FhirResource {
  const rewrite = (value: Record<string, unknown> | unknown[]): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item === undefined) value[i] = null;
        else if (item !== null && typeof item === 'object') rewrite(item as Record<string, unknown>);
      }
      return;
    }
    for (const member in value) {
      const inner = value[member];
      if (inner === undefined) delete value[member];
      else if (inner !== null && typeof inner === 'object') rewrite(inner as Record<string, unknown>);
      else if (member === 'reference' && typeof inner === 'string' && inner.startsWith('urn:uuid:')) {
        const serverId = patientIds.get(inner.slice('urn:uuid:'.length));
        if (serverId) value[member] = `Patient/${serverId}`;
      }
    }
  };
  rewrite(resource);
  return resource;
}

const LOCATIONS = new Map<string, RegExp>();

function serverIdOf(location: string | undefined, resourceType: string): string {
  let pattern = LOCATIONS.get(resourceType);
  if (!pattern) LOCATIONS.set(resourceType, (pattern = new RegExp(`(?:^|/)${resourceType}/([A-Za-z0-9\\-.]{1,64})(?:/|$)`)));
  const match = location?.match(pattern);
  if (!match?.[1]) throw new SyncError('bad-response', 'The team server accepted a change without saying where it keeps it.');
  return match[1];
}

/**
 * A create answered with a copy the server already had: a colleague pushed this patient first (by
 * chart number). The team's details stand; this device adds its identifiers to that copy next round.
 */
async function adoptFoundCopies(db: RapportDb, sent: readonly Planned[], response: Bundle | undefined, now: number): Promise<void> {
  for (const [i, item] of sent.entries()) {
    const answer = response?.entry?.[i];
    if (item.change?.kind !== 'create' || answer?.response?.status?.startsWith('200') !== true) continue;
    const identifiers = (answer.resource as FhirResource | undefined)?.identifier ?? [];
    const ours = identifiers.some((identifier) => identifier.system === RAPPORT_IDENTIFIER_SYSTEM && identifier.value === item.entry.id);
    if (!ours) await enqueueChange(db, item.entry.store, item.entry.id, ['identities'], now);
  }
}

/**
 * The versions a transaction wrote from this device's records as they stand, as pull.ts's versionKey
 * names them: each create (201), and each update that brought the team's copy nothing new (200).
 */
function ownVersions(sent: readonly Planned[], response: Bundle | undefined): string[] {
  return sent.flatMap((item, i) => {
    const answer = response?.entry?.[i];
    const outcome = answer?.response;
    const written = item.change?.kind === 'create' ? '201' : item.echo ? '200' : undefined;
    if (!written || !outcome?.status.startsWith(written)) return [];
    const resource = answer?.resource as FhirResource | undefined;
    const versionId = resource?.meta?.versionId ?? outcome.etag?.match(/"([^"]+)"/)?.[1];
    const serverId = resource?.id ?? serverIdOf(outcome.location, RESOURCE_TYPE[item.entry.store]);
    return versionId ? [versionKey({ resourceType: RESOURCE_TYPE[item.entry.store], id: serverId, meta: { versionId } })] : [];
  });
}
