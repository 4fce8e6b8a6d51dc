import { clientMatcher, proposeMerges, searchNameOf } from '../domain/identity/identity';
import type { RapportDb } from './db';
import { getLive, openLive } from './live';
import { codecOf } from './vault/codec';
import { isTombstone } from '../model/plain';
import type { ClientRecord, Stored } from '../model/records';

/**
 * Reading the clients store, apart from its writes (clients.ts): a panel shows its client with
 * these alone and loads the write path on its first write (issue 11 "Weight").
 */

export function live(records: readonly (Stored<'clients'> | undefined)[]): ClientRecord[] {
  return records.filter((r): r is ClientRecord => !!r && !isTombstone(r));
}

/** Live clients whose identifying index holds `value` (its keyed hash when a passphrase is set). */
export type ClientIndex = 'by_identity' | 'by_nameDob' | 'by_searchName';
/** Reads one identifying index: in its own transaction, or in the caller's. */
export type IndexReader = (index: ClientIndex, key: string) => Promise<Stored<'clients'>[]>;

export const ownTransaction = (db: RapportDb): IndexReader => (index, key) => db.getAllFromIndex('clients', index, key);

export async function clientsByIndex(db: RapportDb, read: IndexReader, index: ClientIndex, value: string): Promise<ClientRecord[]> {
  const key = await codecOf(db).indexKey(value);
  return openLive(db, 'clients', await read(index, key));
}

/** Other clients with the same name and date of birth in other systems: merges to propose, never made. */
export async function mergeCandidatesFor(db: RapportDb, client: ClientRecord): Promise<ClientRecord[]> {
  if (!client.nameDobKey) return [];
  return proposeMerges(client, await clientsByIndex(db, ownTransaction(db), 'by_nameDob', client.nameDobKey));
}

export function getClient(db: RapportDb, id: string): Promise<ClientRecord | undefined> {
  return getLive(db, 'clients', id);
}

/** All live clients ordered by name (the index skips tombstones). */
export async function listClients(db: RapportDb): Promise<ClientRecord[]> {
  const clients = await openLive(db, 'clients', await db.getAllFromIndex('clients', 'by_searchName'));
  // Sealed, the index orders keyed hashes, not names.
  return codecOf(db).status === 'off' ? clients : clients.sort((a, b) => (a.searchName < b.searchName ? -1 : a.searchName > b.searchName ? 1 : 0));
}

/**
 * Name-prefix matches first, then any client whose name contains every query word or whose MRN
 * contains the query. In the clear the prefix is an index range and the rest one bounded cursor
 * pass; sealed, the index holds hashes, so the opened caseload is searched in memory.
 */
export async function findClients(db: RapportDb, query: string, limit = 20): Promise<ClientRecord[]> {
  const q = searchNameOf(query);
  if (!q || limit <= 0) return [];
  const matches = clientMatcher(query);
  if (codecOf(db).status !== 'off') {
    const all = await listClients(db);
    const prefixed = all.filter((c) => c.searchName.startsWith(q));
    const others = all.filter((c) => !c.searchName.startsWith(q) && matches(c));
    return [...prefixed, ...others].slice(0, limit);
  }
  const index = db.transaction('clients').store.index('by_searchName');
  const found = live(await index.getAll(IDBKeyRange.bound(q, q + '\uffff'), limit));
  if (found.length >= limit) return found;

  const ids = new Set(found.map((c) => c.id));
  for (let cursor = await index.openCursor(); cursor && found.length < limit; cursor = await cursor.continue()) {
    const c = cursor.value;
    if (isTombstone(c) || ids.has(c.id) || !matches(c)) continue;
    found.push(c);
    ids.add(c.id);
  }
  return found;
}
