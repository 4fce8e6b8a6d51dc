import type { RapportDb } from '../store/db';
import { getLive } from '../store/base';
import { changedStayFields, hasStay, mergedStay, readStay, stayEncounter, stayIdentifier, stayStatus, STAY_IDENTIFIER_SYSTEM } from '../domain/fhir/stay';
import { calendarDateOf } from '../domain/time/dates';
import { MAX_TRANSACTION_ENTRIES, type FhirResource, type TransactionEntry } from './bundle';
import type { OutboxEntry } from './outbox';
import type { SearchBundle } from './pull';
import type { Send } from './transport';
import type { StoreRecords } from '../model/records';

/**
 * A client's stay rides in the transaction that carries the client's change, as the discharge
 * CarePlan rides with its Tasks: the outbox entry is settled only once both are on the server. The
 * Encounter is one per Patient, identified by the Patient's server id, so two devices writing the
 * first stay at once make one (conditional create), and an update carries If-Match: a colleague's
 * write in between fails the transaction with 412, and push.ts reads and merges again.
 *
 * A client new to the server has no server id to name its stay by yet: its stay is queued again
 * once the Patient is created (push.ts), and goes in the same round's second pass.
 */

type ServerEncounter = FhirResource & { id: string; meta?: { versionId?: string } };

const stayQuery = (patientId: string) => `identifier=${encodeURIComponent(`${STAY_IDENTIFIER_SYSTEM}|${patientId}`)}`;

/** Whether this client entry carries a stay to write now: stay fields changed and the Patient on the server. */
export const carriesStay = (entry: OutboxEntry, patientIds: ReadonlyMap<string, string>) =>
  entry.store === 'clients' && patientIds.has(entry.id) && changedStayFields(entry.fields).length > 0;

/** Slices for one transaction each, a client carrying a stay counting twice, within the server's cap. */
export function slicesWithStays(batch: readonly OutboxEntry[], patientIds: ReadonlyMap<string, string>): OutboxEntry[][] {
  const slices: { entries: OutboxEntry[]; size: number }[] = [];
  for (const entry of batch) {
    const cost = carriesStay(entry, patientIds) ? 2 : 1;
    let last = slices.at(-1);
    if (!last || last.size + cost > MAX_TRANSACTION_ENTRIES) {
      last = { entries: [], size: 0 };
      slices.push(last);
    }
    last.entries.push(entry);
    last.size += cost;
  }
  return slices.map((slice) => slice.entries);
}

export interface StayWrite {
  /** The client's outbox entry. */
  of: OutboxEntry;
  entry: TransactionEntry;
}

/**
 * The Encounter writes for the batch's clients whose stay changed here, each merged onto the server's
 * copy read now. Its status is judged on today's date in this browser's zone, the user's.
 */
export async function stayEntries(db: RapportDb, send: Send, batch: readonly OutboxEntry[], patientIds: ReadonlyMap<string, string>, now: number): Promise<StayWrite[]> {
  const entries: StayWrite[] = [];
  const carrying = batch.filter((entry) => carriesStay(entry, patientIds));
  if (!carrying.length) return entries;
  const today = calendarDateOf(now);
  // One search for the slice's stays: identifier values joined by commas are alternatives.
  const tokens = carrying.map((entry) => `${STAY_IDENTIFIER_SYSTEM}|${patientIds.get(entry.id)!}`);
  const { body } = await send<SearchBundle<ServerEncounter>>('GET', `Encounter?identifier=${tokens.map(encodeURIComponent).join(',')}&_count=${tokens.length * 2}`);
  const onServer = new Map<string, ServerEncounter>();
  for (const found of body.entry ?? []) {
    const value = found.resource?.identifier?.find((id) => id.system === STAY_IDENTIFIER_SYSTEM)?.value;
    if (found.resource && value) onServer.set(value, found.resource);
  }
  for (const entry of carrying) {
    const client = await getLive(db, 'clients', entry.id);
    // A client deleted here leaves the team's record of the stay alone.
    if (!client) continue;
    const patientId = patientIds.get(entry.id)!;
    const server = onServer.get(patientId);
    const before = server ? readStay(server) : {};
    const stay = mergedStay(before, client, changedStayFields(entry.fields));
    // Unchanged dates still rewrite a status the calendar has overtaken (a planned admission now under way).
    const written = server !== undefined && (!hasStay(stay) || server.status === stayStatus(stay, today));
    if (JSON.stringify(stay) === JSON.stringify(before) && (written || !hasStay(stay))) continue;
    const resource = stayEncounter(stay, { reference: `Patient/${patientId}` }, today, server) as FhirResource;
    const identifier = [...(server?.identifier ?? []).filter((id) => id.system !== STAY_IDENTIFIER_SYSTEM), stayIdentifier(patientId)];
    if (server?.meta?.versionId) {
      const { meta: _meta, ...rest } = resource;
      entries.push({ of: entry, entry: { resource: { ...rest, identifier, id: server.id }, request: { method: 'PUT', url: `Encounter/${server.id}`, ifMatch: `W/"${server.meta.versionId}"` } } });
    } else {
      entries.push({ of: entry, entry: { resource: { ...resource, identifier }, request: { method: 'POST', url: 'Encounter', ifNoneExist: stayQuery(patientId) } } });
    }
  }
  return entries;
}

/**
 * After the transaction: a client created now has its stay queued again (it goes in the next pass,
 * named by the new Patient's id), and a stay another device created first (the conditional create
 * answered 200) is queued again to be merged onto that one.
 */
export async function requeueStays(
  enqueue: (clientId: string, fields: readonly string[]) => Promise<void>,
  clientHere: (clientId: string) => StoreRecords['clients'] | undefined,
  created: readonly OutboxEntry[],
  stays: readonly StayWrite[],
  answers: readonly { response?: { status?: string } }[],
): Promise<void> {
  // A Patient new to the server has no stay there yet: all of it goes, whichever fields the entry named.
  for (const entry of created) {
    const client = entry.store === 'clients' ? clientHere(entry.id) : undefined;
    if (client && hasStay(client)) await enqueue(entry.id, changedStayFields(undefined));
  }
  for (const [i, { of, entry }] of stays.entries()) {
    if (entry.request.method === 'POST' && answers[i]?.response?.status?.startsWith('200')) await enqueue(of.id, changedStayFields(of.fields));
  }
}
