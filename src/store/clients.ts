import { clientKeys, identityKey, nameDobKey, normaliseMrn, proposeMerges, searchNameOf } from '../domain/identity/identity';
import { chartUrlFor, mergePageFields, pageValues, sameWithoutMrn, touchIdentity } from '../domain/identity/seen';
import { applyPatch, buildRecord, enrolInTransaction, ContentionError, MAX_ATTEMPTS, updateRecord, type WritableStore, withUnversionedFieldsOf } from './base';
import { clientsByIndex, live, ownTransaction, type IndexReader } from './client-reads';
import { notifyChanged } from './changes';
import type { RapportDb } from './db';
import { codecOf } from './vault/codec';
import { queueForTeam } from './sync-queue';
import { contactsAndClients, refreshContactSummary, type NewContact } from './contacts';
import { isTombstone, type ClientIdentity, type ClientRecord, type ContactRecord, type PageSourcedField } from '../model/records';
import type { ClientContext } from '../model/context';

/** System of clients added by hand: their MRN (if any) is only what the user typed. */
export const MANUAL_SYSTEM = 'manual';

/** The reads live apart (a first screen reads only); every writer finds them here too. */
export { getClient, listClients, mergeCandidatesFor } from './client-reads';
export { findClients } from './client-search';

export type EditableClientFields = Pick<ClientRecord, PageSourcedField | 'tier' | 'cadence' | 'preferences'>;

export class DuplicateIdentityError extends Error {
  override name = 'DuplicateIdentityError';
  constructor(
    readonly key: string,
    readonly existingId: string,
  ) {
    super(`A client with identity ${key} already exists`);
  }
}

async function findSeen(
  db: RapportDb,
  read: IndexReader,
  system: string,
  mrn: string,
  name: string,
  dob: string | undefined,
): Promise<ClientRecord | undefined> {
  if (mrn) {
    const [exact] = await clientsByIndex(db, read, 'by_identity', identityKey(system, mrn));
    if (exact) return exact;
  }
  const key = nameDobKey(name, dob);
  const same = sameWithoutMrn({ system, name, dob });
  if (key !== undefined) return (await clientsByIndex(db, read, 'by_nameDob', key)).find(same);
  if (mrn) return undefined;
  return (await clientsByIndex(db, read, 'by_searchName', searchNameOf(name))).find(same);
}

/** True when none of `keys` (as stored: hashed when sealed) already names a live client. */
async function identitiesFree(store: WritableStore<'clients'>, keys: readonly string[]): Promise<boolean> {
  for (const key of keys) {
    const holder = await store.index('by_identity').get(key);
    if (holder && !isTombstone(holder)) return false;
  }
  return true;
}

export interface SeenInput {
  context: ClientContext;
  /** Page origin, plus the adapter id when one origin hosts several systems. */
  system: string;
  /** The tab's address, and the frame's the client was read in (when not the top one). */
  url: string;
  frameUrl?: string;
}

export interface SeenResult {
  client: ClientRecord;
  created: boolean;
  /** Same name + DOB in other systems: shown to the user, never merged silently. */
  mergeCandidates: ClientRecord[];
  /** The contact logged with the visit, when one was asked for. */
  contact?: ContactRecord;
}

/**
 * Find-or-create the client a page shows, and propose merges. Sealed, the match is read and the
 * record sealed before the write transaction, which then checks nobody wrote the client (or
 * created the same identity) in between; if someone did, the round starts again from a fresh
 * read. In the clear nothing awaits anything but IndexedDB, so look-up, write and merge
 * candidates share one transaction: this runs each time a panel opens on a chart.
 */
export async function recordSeenClient(
  db: RapportDb,
  input: SeenInput,
  now: number,
  /** Logged in the same transaction, so a stop in between cannot leave the client seen but the call lost. */
  withContact?: Omit<NewContact, 'clientId'>,
): Promise<SeenResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const inClear = codecOf(db).status === 'off';
    try {
      const result = await seenOnce(db, input, now, withContact, inClear);
      if (result) return result;
    } catch (error) {
      // Another window set a passphrase mid-way: sealing then ran inside the transaction, which
      // committed under it with nothing written (the next request finds it inactive or finished).
      // The next round takes the sealed path.
      const interrupted = error instanceof DOMException && (error.name === 'TransactionInactiveError' || error.name === 'InvalidStateError');
      if (!(inClear && interrupted && codecOf(db).status !== 'off')) throw error;
    }
  }
  throw new ContentionError('clients', input.system);
}

/** One round of recordSeenClient; undefined when another writer got there first. */
async function seenOnce(
  db: RapportDb,
  { context, system, url, frameUrl }: SeenInput,
  now: number,
  withContact: Omit<NewContact, 'clientId'> | undefined,
  inOneTransaction: boolean,
): Promise<SeenResult | undefined> {
  const mrn = context.mrn ? normaliseMrn(context.mrn) : '';
  const seen = pageValues(context);
  const chartUrl = chartUrlFor(system, url, frameUrl ?? url);
  // Where a client was last seen may be lost to a power cut without harm; a logged call may not.
  const durability = withContact ? 'default' : 'relaxed';
  let tx = inOneTransaction ? contactsAndClients(db, durability) : undefined;
  const read: IndexReader = tx ? (index, key) => tx!.objectStore('clients').index(index).getAll(key) : ownTransaction(db);
  const existing = await findSeen(db, read, system, mrn, context.name, seen.dob);
  let client: ClientRecord;
  let changedFields: string[] = [];
  if (existing) {
    const patch = mergePageFields(existing, seen);
    changedFields = Object.keys(patch);
    const identities = touchIdentity(existing.identities, { system, mrn, chartUrl, at: now });
    const merged = { ...existing, ...patch, identities };
    client = applyPatch<'clients'>(existing, { ...patch, identities, ...clientKeys(merged) }, now);
  } else {
    const identities = touchIdentity([], { system, mrn, chartUrl, at: now });
    const fields = { ...seen, name: seen.name ?? context.name, identities };
    client = buildRecord<'clients'>({ ...fields, ...clientKeys(fields), seenOnPage: { ...seen } }, now);
  }
  const sealed = (await codecOf(db).seal('clients', client)) as ClientRecord;
  const contact = withContact && buildRecord<'contacts'>({ ...withContact, tags: [...withContact.tags], clientId: client.id }, now);
  const sealedContact = contact && (await codecOf(db).seal('contacts', contact));

  tx ??= contactsAndClients(db, durability);
  const store = tx.objectStore('clients') as unknown as WritableStore<'clients'>;
  let written = false;
  if (existing) {
    const latest = await store.get(existing.id);
    if (latest && !isTombstone(latest) && latest.rev === existing.rev) {
      client = withUnversionedFieldsOf('clients', client, latest);
      await store.put(withUnversionedFieldsOf('clients', sealed, latest));
      // A visit re-stamps where the client was seen; the team only hears of a new chart number.
      const newChart = client.identityKeys.some((key) => !existing.identityKeys.includes(key));
      await queueForTeam(tx, { store: 'clients', id: client.id, fields: [...changedFields, ...(newChart ? ['identities'] : [])], record: latest }, now);
      written = true;
    }
  } else if (await identitiesFree(store, sealed.identityKeys)) {
    await store.add(sealed);
    written = true;
  }
  if (written && sealedContact && contact) {
    await tx.objectStore('contacts').add(sealedContact);
    await queueForTeam(tx, { store: 'contacts', id: contact.id }, now);
    await enrolInTransaction(tx.objectStore('clients'), client.id, now);
    await refreshContactSummary(tx, client.id);
    client = { ...client, enrolledAt: client.enrolledAt ?? now };
  }
  const sameNameDob = async (reader: IndexReader) => (client.nameDobKey ? clientsByIndex(db, reader, 'by_nameDob', client.nameDobKey) : []);
  const othersInTx = written && inOneTransaction ? await sameNameDob(read) : undefined;
  await tx.done;
  if (!written) return undefined;

  const others = othersInTx ?? (await sameNameDob(ownTransaction(db)));
  notifyChanged({ store: 'clients', ids: [client.id] });
  if (contact) notifyChanged({ store: 'contacts', ids: [contact.id] });
  return { client, created: !existing, mergeCandidates: proposeMerges(client, others), ...(contact ? { contact } : {}) };
}

/**
 * The client a page shows, if Rapport knows them: the look-up recordSeenClient starts with,
 * read only. The background answers a panel's "what does this tab show" with it, from a
 * connection that is already warm, so the panel can show the client before its own first read.
 */
export function lookupSeenClient(db: RapportDb, { context, system }: Pick<SeenInput, 'context' | 'system'>): Promise<ClientRecord | undefined> {
  const mrn = context.mrn ? normaliseMrn(context.mrn) : '';
  return findSeen(db, ownTransaction(db), system, mrn, context.name, pageValues(context).dob);
}

export interface NewClientFields extends Partial<EditableClientFields> {
  name: string;
  mrn?: string;
  system?: string;
}

/**
 * A client added by hand, who joins the caseload at once (adding them is saying so); refuses an
 * (system, MRN) that already belongs to someone.
 */
export async function createClient(db: RapportDb, fields: NewClientFields, now: number): Promise<ClientRecord> {
  const { mrn, system = MANUAL_SYSTEM, ...rest } = fields;
  const name = rest.name.trim();
  if (!name) throw new RangeError('A client needs a name');
  const identities: ClientIdentity[] = mrn?.trim() ? [{ system, mrn: normaliseMrn(mrn) }] : [];
  const base = { ...rest, name, identities };
  const client = buildRecord<'clients'>({ ...base, ...clientKeys(base), enrolledAt: now }, now);
  const sealed = (await codecOf(db).seal('clients', client)) as ClientRecord;

  const tx = db.transaction(['clients', 'meta'], 'readwrite');
  tx.done.catch(() => {});
  const clients = tx.objectStore('clients');
  for (const [i, key] of sealed.identityKeys.entries()) {
    const clash = live([await clients.index('by_identity').get(key)])[0];
    if (clash) throw new DuplicateIdentityError(client.identityKeys[i] ?? key, clash.id);
  }
  await clients.add(sealed);
  await queueForTeam(tx, { store: 'clients', id: client.id, record: client }, now);
  await tx.done;
  notifyChanged({ store: 'clients', ids: [client.id] });
  return client;
}

/** A user correction of the client's details; derived keys follow. */
export function updateClient(
  db: RapportDb,
  id: string,
  patch: Partial<EditableClientFields>,
  now: number,
  expectedRev?: number,
): Promise<ClientRecord> {
  return updateRecord(
    db,
    'clients',
    id,
    (current) => {
      const next = { ...current, ...patch };
      if (!next.name?.trim()) throw new RangeError('A client needs a name');
      return { ...patch, ...clientKeys(next) };
    },
    now,
    expectedRev,
  );
}
