import type { MetaEntry } from '../model/meta';
import { STORE_NAMES, type StoreName } from '../model/plain';
import type { Stored } from '../model/records';
import type { RapportDb } from './db';

/** Every store's records as IndexedDB holds them (sealed or not), the meta entries and team sync's server ids. */
export type RawStores = { [S in StoreName]: Stored<S>[] } & { meta: MetaEntry[]; serverIds: MetaEntry[] };

/** Every store a database rewrite carries over (vault/fresh.ts, backup.ts): not on the panel's first screen, so not in db.ts. */
export const RAW_STORE_NAMES = [...STORE_NAMES, 'meta', 'serverIds'] as const;

/** Every store, tombstones included, read in one transaction so the dump is one moment in time. */
export async function readRawStores(db: RapportDb): Promise<RawStores> {
  const tx = db.transaction(RAW_STORE_NAMES, 'readonly');
  const [meta, serverIds, ...rest] = await Promise.all([tx.objectStore('meta').getAll(), tx.objectStore('serverIds').getAll(), ...STORE_NAMES.map((name) => tx.objectStore(name).getAll())]);
  await tx.done;
  return { ...(Object.fromEntries(STORE_NAMES.map((name, i) => [name, rest[i]])) as Omit<RawStores, 'meta' | 'serverIds'>), meta, serverIds };
}
