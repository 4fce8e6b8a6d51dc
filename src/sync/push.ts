import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { RapportDb } from '../store/db';
import { callbackTask, communication, identifierSystem, patient } from '../domain/fhir/export';
import { condition } from '../domain/fhir/condition';
import { checklistItemTask } from '../domain/fhir/checklist-task';
import { mergeOntoServer, retired } from '../domain/fhir/merge';
import { isSharedChecklist, SHARED_STORES, type SharedStore } from '../domain/fhir/shared';
import type { StoreRecords } from '../model/records';
import { addToFoundPlans, dischargePlanEntries, slicesWithPlans, type PlanEntry } from './discharge-plan';
import { RAPPORT_IDENTIFIER_SYSTEM, transactionBundle, withRapportIdentifier, type Change, type FhirResource } from './bundle';
import { SyncError } from './errors';
import { dropEntries, enqueueChange, liveRecords, loadOutbox, recordKey, serverIdsOf, settlePushed, type OutboxEntry } from './outbox';
import type { Send } from './transport';
import { requeueStays, slicesWithStays, stayEntries, type StayWrite } from './stay';
import { isStayField } from '../domain/fhir/stay';
import { versionKey } from './pull';

/**
 * Pushes the outbox in transaction Bundles. An update reads the server's copy, lays this device's
 * changed fields over it (domain/fhir/merge.ts) and writes it back with If-Match on the version
 * read; a colleague writing in between makes that a 412, and the batch is read, merged and sent
 * again. A push stopped anywhere resumes from the outbox: a create is conditional on Rapport's
 * identifier, so one the server had already committed is found, not made twice.
 */

const RESOURCE_TYPE: Record<SharedStore, string> = { clients: 'Patient', contacts: 'Communication', callbacks: 'Task', painPoints: 'Condition', checklists: 'Task' };
const CLIENT_RECORD_STORES = SHARED_STORES.filter((store) => store !== 'clients');
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

type ServerCopy = FhirResource & { id: string; meta?: { versionId?: string } };
type ServerIds = Record<SharedStore, Map<string, string>>;

/**
 * The server ids a push has needed so far, each read once by key as a batch reaches its record
 * (or a record refers to its client); within the push only the push names new ones, and pushBatch
 * adds each to `ids`.
 */
interface RememberedIds {
  ids: ServerIds;
  lookUp(records: readonly Pick<OutboxEntry, 'store' | 'id'>[]): Promise<void>;
}

function rememberedIds(db: RapportDb): RememberedIds {
  const ids = Object.fromEntries(SHARED_STORES.map((store) => [store, new Map<string, string>()])) as ServerIds;
  const read = new Set<string>();
  return {
    ids,
    async lookUp(records) {
      const wanted = [...new Map(records.filter((record) => !read.has(recordKey(record))).map((record) => [recordKey(record), record])).values()];
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

const clientsOf = (clientIds: Iterable<string | undefined>) => [...clientIds].flatMap((id) => (id === undefined ? [] : [{ store: 'clients' as const, id }]));

/**
 * `created`, when given, is filled with `Type/id/versionId` of each resource this push created
 * from this device's record as it stands: the round's pull then skips those echoes instead of
 * reading each one back into the store it came from (a first upload's pull is mostly echoes).
 */
export async function pushOutbox(db: RapportDb, send: Send, now: number, created?: Set<string>, scope?: ReadonlySet<string>): Promise<PushResult> {
  const remembered = rememberedIds(db);
  const { ids } = remembered;
  await enqueueMissingClients(db, remembered, now);
  const result: PushResult = { pushed: 0, merged: 0 };
  const heldBack = scope ? await dropOutOfScope(db, remembered, scope) : 0;
  if (heldBack) result.heldBack = heldBack;
  // Clients first: the other records refer to their Patient by its server id. Twice: a client
  // created in the first pass sends its stay in the second, named by the Patient's new id (stay.ts).
  for (const stores of [['clients'], ['clients'], CLIENT_RECORD_STORES] as const) {
    const batch = (await loadOutbox(db)).filter((entry) => (stores as readonly SharedStore[]).includes(entry.store));
    await remembered.lookUp(batch);
    const slices = stores[0] === 'clients' ? slicesWithStays(batch, ids.clients) : await slicesWithPlans(db, batch);
    for (const slice of slices) await pushBatch(db, send, slice, remembered, result, now, created);
  }
  return result;
}

/**
 * `scope`: the patients (server ids) of the user's care teams as the server stated them this
 * round. A client the server has that is outside it has left the user's caseload (handed to a
 * colleague, a cover ended): this device's changes to it stay here and are no longer sent, as
 * its pull stopped. A client the server has never had is new, and goes.
 */
async function dropOutOfScope(db: RapportDb, remembered: RememberedIds, scope: ReadonlySet<string>): Promise<number> {
  const outbox = await loadOutbox(db);
  const records = await liveRecords(db, outbox.filter((entry) => entry.store !== 'clients'));
  const clientOf = (entry: OutboxEntry) => (entry.store === 'clients' ? entry.id : (records.get(recordKey(entry)) as { clientId?: string } | undefined)?.clientId);
  await remembered.lookUp(clientsOf(outbox.map(clientOf)));
  const patients = remembered.ids.clients;
  const outside = outbox.filter((entry) => {
    const clientId = clientOf(entry);
    const patient = clientId === undefined ? undefined : patients.get(clientId);
    return patient !== undefined && !scope.has(patient);
  });
  await dropEntries(db, outside);
  return outside.length;
}

/** A contact or callback whose client the server has never seen takes the client along. */
async function enqueueMissingClients(db: RapportDb, remembered: RememberedIds, now: number): Promise<void> {
  const outbox = await loadOutbox(db);
  const queued = new Set(outbox.filter((entry) => entry.store === 'clients').map((entry) => entry.id));
  const records = await liveRecords(db, outbox.filter((entry) => entry.store !== 'clients'));
  await remembered.lookUp(clientsOf([...records.values()].map((record) => (record as { clientId?: string }).clientId)));
  const known = remembered.ids.clients;
  for (const entry of outbox) {
    if (entry.store === 'clients') continue;
    const record = records.get(recordKey(entry)) as StoreRecords[Exclude<SharedStore, 'clients'>] | undefined;
    if (record && !known.has(record.clientId) && !queued.has(record.clientId)) {
      await enqueueChange(db, 'clients', record.clientId, undefined, now);
      queued.add(record.clientId);
    }
  }
}

async function pushBatch(db: RapportDb, send: Send, batch: readonly OutboxEntry[], remembered: RememberedIds, result: PushResult, now: number, created?: Set<string>): Promise<void> {
  const { ids } = remembered;
  for (let round = 1; ; round++) {
    const planned = await plan(db, send, batch, remembered);
    const sent = planned.filter((item): item is Planned & { change: Change } => item.change !== undefined);
    let response: Bundle | undefined;
    let plans: PlanEntry[] = [];
    let stays: StayWrite[] = [];
    try {
      plans = await dischargePlanEntries(db, send, sent);
      stays = await stayEntries(db, send, batch, ids.clients, now);
      const bundle = transactionBundle(sent.map((item) => item.change));
      bundle.entry.push(...plans.map((plan) => plan.entry), ...stays.map((stay) => stay.entry));
      response = bundle.entry.length ? (await send<Bundle>('POST', '', { json: bundle })).body : undefined;
    } catch (error) {
      if (error instanceof SyncError && error.kind === 'changed-elsewhere' && round < MERGE_ROUNDS) {
        result.merged++;
        continue;
      }
      throw error;
    }
    const settled = sent.map((item, i) => ({ entry: item.entry, serverId: serverIdOf(response?.entry?.[i]?.response?.location, RESOURCE_TYPE[item.entry.store]) }));
    await settlePushed(db, settled);
    for (const { entry, serverId } of settled) ids[entry.store].set(entry.id, serverId);
    // Records deleted here that the server never had, or no longer has: nothing to tell it.
    await dropEntries(db, planned.filter((item) => !item.change).map((item) => item.entry));
    await adoptFoundCopies(db, sent, response, now);
    if (created) for (const echo of createdVersions(sent, response)) created.add(echo);
    await addToFoundPlans(send, plans, response?.entry?.slice(sent.length) ?? [], ids.checklists);
    const createdHere = sent.filter((item) => item.change.kind === 'create').map((item) => item.entry);
    await requeueStays((clientId, fields) => enqueueChange(db, 'clients', clientId, fields, now), db, createdHere, stays, response?.entry?.slice(sent.length + plans.length) ?? []);
    result.pushed += sent.length;
    return;
  }
}

interface Planned {
  entry: OutboxEntry;
  serverId?: string;
  change?: Change;
}

async function plan(db: RapportDb, send: Send, batch: readonly OutboxEntry[], remembered: RememberedIds): Promise<Planned[]> {
  const { ids } = remembered;
  const records = await liveRecords(db, batch);
  // The clients the records refer to by their Patient's server id.
  await remembered.lookUp(clientsOf([...records.values()].map((record) => (record as { clientId?: string }).clientId)));
  const copies = await readServerCopies(send, batch, ids);
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
      planned.push({ entry, serverId, change: { kind: 'update', resource: mergeOntoServer(entry.store, server, local, entry.fields), versionId } });
    } else {
      planned.push({ entry, change: { kind: 'create', resource: local, rapportId: entry.id, alsoMatch: chartIdentifiers(entry.store, record) } });
    }
  }
  return planned;
}

/** The server's current copies of the batch's records, one search per resource type. */
async function readServerCopies(send: Send, batch: readonly OutboxEntry[], ids: ServerIds): Promise<Map<string, ServerCopy>> {
  const copies = new Map<string, ServerCopy>();
  for (const store of SHARED_STORES) {
    const serverIds = batch.filter((entry) => entry.store === store).flatMap((entry) => ids[store].get(entry.id) ?? []);
    if (!serverIds.length) continue;
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

/** The export addresses a client as urn:uuid:<record id>; on the server it is Patient/<server id>. */
function withServerReferences(resource: FhirResource, patientIds: ReadonlyMap<string, string>): FhirResource {
  return JSON.parse(JSON.stringify(resource), (key, value: unknown) => {
    if (key !== 'reference' || typeof value !== 'string' || !value.startsWith('urn:uuid:')) return value;
    const serverId = patientIds.get(value.slice('urn:uuid:'.length));
    return serverId ? `Patient/${serverId}` : value;
  }) as FhirResource;
}

function serverIdOf(location: string | undefined, resourceType: string): string {
  const match = location?.match(new RegExp(`(?:^|/)${resourceType}/([A-Za-z0-9\\-.]{1,64})(?:/|$)`));
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

/** The versions a transaction created (201) from this device's records, as pull.ts's versionKey names them. */
function createdVersions(sent: readonly Planned[], response: Bundle | undefined): string[] {
  return sent.flatMap((item, i) => {
    const answer = response?.entry?.[i];
    if (item.change?.kind !== 'create' || answer?.response?.status?.startsWith('201') !== true) return [];
    const resource = answer.resource as FhirResource | undefined;
    const versionId = resource?.meta?.versionId ?? answer.response.etag?.match(/"([^"]+)"/)?.[1];
    const serverId = resource?.id ?? serverIdOf(answer.response.location, RESOURCE_TYPE[item.entry.store]);
    return versionId ? [versionKey({ resourceType: RESOURCE_TYPE[item.entry.store], id: serverId, meta: { versionId } })] : [];
  });
}
