import { IDBFactory } from 'fake-indexeddb';

/**
 * Chromium's `navigator.storageBuckets` over fake-indexeddb: each bucket an IndexedDB of its own.
 * `failNext` makes the next call of that kind throw, as if the browser stopped right there.
 */
export function fakeStorageBuckets() {
  const buckets = new Map<string, IDBFactory>();
  const failNext = new Set<'open' | 'delete'>();
  const opened: string[] = [];
  const failIfAsked = (kind: 'open' | 'delete') => {
    if (failNext.delete(kind)) throw new Error(`browser stopped at ${kind}`);
  };
  return {
    buckets,
    failNext,
    /** Every bucket name `open` was called with, in order. */
    opened,
    async open(name: string, _options?: { durability: 'strict' }) {
      failIfAsked('open');
      opened.push(name);
      let factory = buckets.get(name);
      if (!factory) buckets.set(name, (factory = new IDBFactory()));
      return { indexedDB: factory };
    },
    keys: async () => [...buckets.keys()].sort(),
    async delete(name: string) {
      failIfAsked('delete');
      const factory = buckets.get(name);
      if (!factory) return;
      // Chromium closes the bucket's connections (a `close` event); fake-indexeddb cannot, so a
      // deletion of each database closes them (a `versionchange` event), which handles follow alike.
      for (const { name: database } of await factory.databases()) {
        await new Promise((resolve, reject) => {
          const request = factory.deleteDatabase(database!);
          request.onsuccess = resolve;
          request.onerror = () => reject(request.error);
        });
      }
      buckets.delete(name);
    },
  };
}
