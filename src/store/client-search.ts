import { clientMatcher, searchNameOf } from '../domain/identity/identity';
import type { RapportDb } from './db';
import { listClients, live } from './client-reads';
import { codecOf } from './vault/codec';
import { isTombstone } from '../model/plain';
import type { ClientRecord } from '../model/records';

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
