import { proposeMerges } from '../domain/identity/merges';
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
