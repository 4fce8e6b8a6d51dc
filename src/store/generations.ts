/**
 * Where the database lives. A rewrite of the whole database (setting a passphrase) writes a new
 * generation and deletes the previous one whole, so that no earlier plaintext stays in its files.
 *
 * In Chromium each generation is a Storage Bucket (`rapport-1`, `rapport-2` …) holding the
 * database: a bucket has a storage engine and a directory of its own, and deleting it removes that
 * directory at once. Deleting a database inside a shared store is not enough there: LevelDB drops
 * the rows only in a later compaction, on thread-pool tasks nothing a page can call forces or waits
 * for (tests/e2e/encryption-disk.e2e.ts found the plaintext after a deletion about one run in five).
 * Generation 0 is the database in the default IndexedDB, where earlier versions kept it: it is moved
 * into a bucket the first time it is opened (legacy.ts says what that move cannot undo on disk).
 *
 * Without Storage Buckets (Firefox, whose IndexedDB deletes a database's SQLite file with it; and
 * fake-indexeddb in unit tests) the generations are databases of the default IndexedDB: `rapport`,
 * then `rapport-1`, `rapport-2` …
 *
 * A generation is complete once its database exists: it is written in its creating transaction.
 */
export interface Generation {
  readonly number: number;
  readonly factory: IDBFactory;
  /** The database's name in `factory`. */
  readonly name: string;
}

export interface Shelf {
  /** The generation a new profile starts at. */
  readonly first: number;
  /** Every generation that has storage, complete or not, highest first. */
  present(): Promise<number[]>;
  at(number: number): Promise<Generation>;
  /** Deletes the generation with everything in it; connections to it close. */
  drop(number: number): Promise<void>;
}

interface StorageBucketManager {
  open(name: string, options: { durability: 'strict' }): Promise<{ readonly indexedDB: IDBFactory }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

export async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((info) => (info.name === undefined ? [] : [info.name]));
}

export function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Where the generations of the database `family` live in this browser. */
export function shelfOf(family: string): Shelf {
  const buckets = (globalThis.navigator as (Navigator & { storageBuckets?: StorageBucketManager }) | undefined)?.storageBuckets;
  const nameOf = (number: number) => (number === 0 ? family : `${family}-${number}`);
  const inBucket = (number: number) => buckets !== undefined && number > 0;
  const numbered = new RegExp(`^${family}-([1-9]\\d*)$`);
  return {
    first: buckets ? 1 : 0,
    async present() {
      const databases = await databaseNames();
      const names = buckets ? [...(await buckets.keys()), ...databases.filter((name) => name === family)] : databases;
      return names.flatMap((name) => (name === family ? [0] : numbered.test(name) ? [Number(name.slice(family.length + 1))] : [])).sort((a, b) => b - a);
    },
    async at(number) {
      if (!inBucket(number)) return { number, factory: indexedDB, name: nameOf(number) };
      // Strict: a write reports success only once it is on disk, as the default IndexedDB does.
      // No `persisted` request: with unlimitedStorage the browser does not evict the extension's storage.
      const bucket = await buckets!.open(nameOf(number), { durability: 'strict' });
      return { number, factory: bucket.indexedDB, name: family };
    },
    drop: (number) => (inBucket(number) ? buckets!.delete(nameOf(number)) : deleteDatabase(indexedDB, nameOf(number))),
  };
}

/** The highest of `present` whose database exists: written in its creating transaction, it is then whole. */
export async function highestComplete(shelf: Shelf, present: readonly number[]): Promise<Generation | undefined> {
  for (const number of present) {
    const generation = await shelf.at(number);
    const databases = await generation.factory.databases();
    if (databases.some((info) => info.name === generation.name && (info.version ?? 0) > 0)) return generation;
  }
  return undefined;
}

/**
 * Runs `work` while no other context of the extension picks, writes or deletes a generation: a
 * context opening the database never sees a rewrite half-done.
 */
export function exclusively<T>(family: string, work: () => Promise<T>): Promise<T> {
  return navigator.locks.request(`${family}-generations`, work);
}
