import { unwrap, type IDBPObjectStore } from 'idb';

/**
 * Reads of many rows by key for a sync round, which touches each record it pushes a few times
 * (its row, its server id, its outbox entry). idb makes a promise and a proxy for every request,
 * which cost more than the read itself (sync-scale bench, fake-indexeddb: 100 gets 3-8 ms CPU
 * through idb, about 2 as plain requests, a range read of the same 100 rows under 1), so these
 * go as plain requests in the caller's transaction, and rows that lie close together as one range.
 */

/** An object store of an idb transaction (the plain one behind it is what is read). */
interface AnyStore {
  getAll(range: IDBKeyRange, count?: number): Promise<unknown[]>;
}

/** The row at each key (undefined where none), in the keys' order; fails as the transaction does. */
export function rowsByKey<T>(store: AnyStore, keys: readonly IDBValidKey[]): Promise<(T | undefined)[]> {
  const raw = unwrap(store as unknown as IDBPObjectStore) as unknown as IDBObjectStore;
  const rows: (T | undefined)[] = new Array<T | undefined>(keys.length);
  if (!keys.length) return Promise.resolve(rows);
  return new Promise((resolve, reject) => {
    // A transaction's requests complete in the order they were made: the last one's success is everyone's.
    keys.forEach((key, i) => {
      const request = raw.get(key);
      request.onsuccess = () => {
        rows[i] = request.result as T | undefined;
        if (i === keys.length - 1) resolve(rows);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
  });
}

/**
 * The rows at these keys that exist, found by `keyOf`: first as one range read from the lowest key
 * wanted, which stops after `span` rows per key wanted (so keys scattered among many others waste
 * little on it), then those past where it stopped by key.
 */
export async function rowsInOrNear<T>(store: AnyStore, keys: readonly string[], keyOf: (row: T) => string, span: number): Promise<T[]> {
  const { range, past } = await rowsAround(store, keys, keyOf, span);
  const wanted = new Set(keys);
  return [...range.filter((row) => wanted.has(keyOf(row))), ...past];
}

/**
 * rowsInOrNear's two reads as they came: `range`, every row the range read met in key order, wanted
 * or not, so a caller knows which wanted rows lie next to one another; `past`, the wanted rows past
 * where it stopped.
 */
export async function rowsAround<T>(store: AnyStore, keys: readonly string[], keyOf: (row: T) => string, span: number): Promise<{ range: T[]; past: T[] }> {
  // String keys order by UTF-16 code units, as JavaScript's sort and comparisons do.
  const sorted = [...new Set(keys)].sort();
  if (!sorted.length) return { range: [], past: [] };
  const limit = sorted.length * span;
  const range = (await store.getAll(IDBKeyRange.bound(sorted[0]!, sorted.at(-1)!), limit)) as T[];
  const last = range.length < limit ? undefined : keyOf(range.at(-1)!);
  if (last === undefined) return { range, past: [] };
  const rest = await rowsByKey<T>(store, sorted.filter((key) => key > last));
  return { range, past: rest.filter((row): row is T => row !== undefined) };
}
