import type { RapportDb } from './db';
import { isTombstone, type StoreName } from '../model/plain';
import type { StoreRecords, Stored } from '../model/records';
import { codecOf } from './vault/codec';

/** Reading live records, apart from the write path: what a first screen needs to show a client. */

/** A live record, or undefined when missing or deleted. */
export async function getLive<S extends StoreName>(db: RapportDb, storeName: S, id: string): Promise<StoreRecords[S] | undefined> {
  const rec = (await db.get(storeName, id)) as Stored<S> | undefined;
  return rec && !isTombstone(rec) ? ((await codecOf(db).open(storeName, rec)) as StoreRecords[S]) : undefined;
}

/** Live records of one store, opened. */
export async function openLive<S extends StoreName>(db: RapportDb, storeName: S, rows: readonly Stored<S>[]): Promise<StoreRecords[S][]> {
  const live = rows.filter((r) => !isTombstone(r));
  return (await codecOf(db).openAll(storeName, live)) as StoreRecords[S][];
}
