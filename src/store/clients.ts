import type { ClientContext } from '../context/types';
import { identityKey, nameDobKey, normaliseMrn, normaliseNameForMatch, proposeMerges } from '../domain/identity';
import { applyPatch, buildRecord, getLive, updateRecord, writeTx, type WritableStore } from './base';
import { notifyChanged } from './changes';
import type { RapportDb } from './db';
import { isTombstone, type ClientIdentity, type ClientRecord, type PageSourcedField, type Stored } from './records';

/** System of clients added by hand: their MRN (if any) is only what the user typed. */
export const MANUAL_SYSTEM = 'manual';

const PAGE_FIELDS: readonly PageSourcedField[] = [
  'name',
  'dob',
  'sex',
  'phone',
  'admitDate',
  'dischargeDate',
  'dischargeActual',
  'location',
];

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

export function searchNameOf(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Fields derived from name/DOB/identities; recomputed on every write so indexes stay true. */
function derived(c: Pick<ClientRecord, 'name' | 'dob' | 'identities'>) {
  return {
    searchName: searchNameOf(c.name),
    nameDobKey: nameDobKey(c.name, c.dob),
    // An identity without MRN (a page that shows none) has no exact key: it must not collide.
    identityKeys: [...new Set(c.identities.filter((i) => i.mrn).map((i) => identityKey(i.system, i.mrn)))],
  };
}

function live(records: readonly (Stored<'clients'> | undefined)[]): ClientRecord[] {
  return records.filter((r): r is ClientRecord => !!r && !isTombstone(r));
}

function pageValues(context: ClientContext): Partial<EditableClientFields> {
  const out: Partial<EditableClientFields> = {};
  for (const f of PAGE_FIELDS) {
    const v = context[f];
    if (v === undefined || v === '') continue;
    (out as Record<string, unknown>)[f] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

/**
 * Page values fill empty fields and follow changes on the page, but a value the user corrected
 * (it differs from what a page last showed) is left alone.
 */
function mergePageFields(client: ClientRecord, seen: Partial<EditableClientFields>): Partial<ClientRecord> {
  const patch: Partial<ClientRecord> = {};
  const seenOnPage = { ...client.seenOnPage };
  for (const f of PAGE_FIELDS) {
    const v = seen[f];
    if (v === undefined) continue;
    const cur = client[f];
    const fromPage = client.seenOnPage?.[f];
    // A correction wins over later reads of the same page value, not over a new value the page shows.
    if (cur === undefined || cur === '' || (cur !== v && (cur === fromPage || v !== fromPage))) {
      (patch as Record<string, unknown>)[f] = v;
    }
    (seenOnPage as Record<string, unknown>)[f] = v;
  }
  patch.seenOnPage = seenOnPage;
  return patch;
}

function touchIdentity(identities: readonly ClientIdentity[], system: string, mrn: string, url: string, now: number) {
  const norm = normaliseMrn(mrn);
  const out = identities.map((i) => ({ ...i }));
  // An MRN-less identity in this system is upgraded once the page shows an MRN.
  const hit =
    out.find((i) => i.system === system && normaliseMrn(i.mrn) === norm) ??
    (norm ? out.find((i) => i.system === system && !i.mrn) : undefined);
  if (hit) {
    hit.mrn = norm || hit.mrn;
    hit.lastUrl = url;
    hit.lastSeenAt = now;
  } else {
    out.push({ system, mrn: norm, lastUrl: url, lastSeenAt: now });
  }
  return out;
}

async function findSeen(
  store: WritableStore<'clients'>,
  system: string,
  mrn: string,
  name: string,
  dob: string | undefined,
): Promise<ClientRecord | undefined> {
  if (mrn) {
    const exact = live([await store.index('by_identity').get(identityKey(system, mrn))])[0];
    if (exact) return exact;
  }
  // Without an exact key, a name match counts only inside this same system, and only against an
  // identity that never had an MRN: two MRNs in one system are two people.
  const inSystemNoMrn = (c: ClientRecord) => c.identities.some((i) => i.system === system && !i.mrn);
  const key = nameDobKey(name, dob);
  if (key !== undefined) {
    return live(await store.index('by_nameDob').getAll(key)).find(inSystemNoMrn);
  }
  if (mrn) return undefined;
  // No MRN and no DOB: the same name in the same system is the only thing to go on.
  const norm = normaliseNameForMatch(name);
  return live(await store.index('by_searchName').getAll(searchNameOf(name))).find(
    (c) => inSystemNoMrn(c) && !c.dob && normaliseNameForMatch(c.name) === norm,
  );
}

export interface SeenInput {
  context: ClientContext;
  /** Page origin, plus the adapter id when one origin hosts several systems. */
  system: string;
  url: string;
}

export interface SeenResult {
  client: ClientRecord;
  created: boolean;
  /** Same name + DOB in other systems: shown to the user, never merged silently. */
  mergeCandidates: ClientRecord[];
}

/** Find-or-create the client a page shows, in one transaction, and propose merges. */
export async function recordSeenClient(db: RapportDb, input: SeenInput, now: number): Promise<SeenResult> {
  const { context, system, url } = input;
  const mrn = context.mrn ? normaliseMrn(context.mrn) : '';
  const seen = pageValues(context);
  const tx = writeTx(db, 'clients');
  const store = tx.store as unknown as WritableStore<'clients'>;
  const existing = await findSeen(store, system, mrn, context.name, seen.dob);

  let client: ClientRecord;
  if (existing) {
    const patch = mergePageFields(existing, seen);
    const identities = touchIdentity(existing.identities, system, mrn, url, now);
    const merged = { ...existing, ...patch, identities };
    client = applyPatch<'clients'>(existing, { ...patch, identities, ...derived(merged) }, now);
    await store.put(client);
  } else {
    const identities: ClientIdentity[] = [{ system, mrn, lastUrl: url, lastSeenAt: now }];
    const fields = { ...seen, name: seen.name ?? context.name, identities };
    client = buildRecord<'clients'>({ ...fields, ...derived(fields), seenOnPage: { ...seen } }, now);
    await store.add(client);
  }

  const others = client.nameDobKey ? live(await store.index('by_nameDob').getAll(client.nameDobKey)) : [];
  await tx.done;
  notifyChanged({ store: 'clients', ids: [client.id] });
  return { client, created: !existing, mergeCandidates: proposeMerges(client, others) };
}

export function getClient(db: RapportDb, id: string): Promise<ClientRecord | undefined> {
  return getLive(db, 'clients', id);
}

/** All live clients ordered by name (the index skips tombstones). */
export async function listClients(db: RapportDb): Promise<ClientRecord[]> {
  return live(await db.getAllFromIndex('clients', 'by_searchName'));
}

/**
 * Name-prefix matches first (index range), then any client whose name contains every query word or
 * whose MRN contains the query. Caseloads are hundreds, so one bounded cursor pass is fine.
 */
export async function findClients(db: RapportDb, query: string, limit = 20): Promise<ClientRecord[]> {
  const q = searchNameOf(query);
  if (!q || limit <= 0) return [];
  const index = db.transaction('clients').store.index('by_searchName');
  const found = live(await index.getAll(IDBKeyRange.bound(q, q + '\uffff'), limit));
  if (found.length >= limit) return found;

  const ids = new Set(found.map((c) => c.id));
  const words = normaliseNameForMatch(q).split(' ').filter(Boolean);
  // Punctuation in MRNs varies between screens ("AT-1912", "AT 1912"): compare letters and digits.
  const bare = (s: string) => s.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const mrnQ = bare(query);
  for (let cursor = await index.openCursor(); cursor && found.length < limit; cursor = await cursor.continue()) {
    const c = cursor.value;
    if (isTombstone(c) || ids.has(c.id)) continue;
    const name = normaliseNameForMatch(c.name);
    const byName = words.length > 0 && words.every((w) => name.includes(w));
    const byMrn = mrnQ.length > 0 && c.identities.some((i) => i.mrn && bare(i.mrn).includes(mrnQ));
    if (byName || byMrn) {
      found.push(c);
      ids.add(c.id);
    }
  }
  return found;
}

export interface NewClientFields extends Partial<EditableClientFields> {
  name: string;
  mrn?: string;
  system?: string;
}

/** A client added by hand; refuses an (system, MRN) that already belongs to someone. */
export async function createClient(db: RapportDb, fields: NewClientFields, now: number): Promise<ClientRecord> {
  const { mrn, system = MANUAL_SYSTEM, ...rest } = fields;
  const name = rest.name.trim();
  if (!name) throw new RangeError('A client needs a name');
  const identities: ClientIdentity[] = mrn?.trim() ? [{ system, mrn: normaliseMrn(mrn) }] : [];
  const base = { ...rest, name, identities };
  const client = buildRecord<'clients'>({ ...base, ...derived(base) }, now);

  const tx = writeTx(db, 'clients');
  for (const key of client.identityKeys) {
    const clash = live([await tx.store.index('by_identity').get(key)])[0];
    if (clash) throw new DuplicateIdentityError(key, clash.id);
  }
  await tx.store.add(client);
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
      return { ...patch, ...derived(next) };
    },
    now,
    expectedRev,
  );
}
