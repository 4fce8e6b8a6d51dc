import type { Page } from 'playwright-core';

export type RawStores = Record<string, Record<string, unknown>[]>;

/**
 * The Storage Bucket that holds the extension's database now: the highest generation
 * (src/store/generations.ts). Pages read the database with
 * `(await navigator.storageBuckets.open(bucket)).indexedDB.open('rapport')`.
 */
export function rapportBucket(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names: string[] = await (navigator as any).storageBuckets.keys();
    const numbers = names.flatMap((name) => /^rapport-(\d+)$/.exec(name)?.[1] ?? []).map(Number);
    if (numbers.length === 0) throw new Error('No database bucket yet');
    return `rapport-${Math.max(...numbers)}`;
  });
}

/**
 * Every store of the extension's database as it lies on disk, read with plain IndexedDB from one
 * of the extension's pages: no Rapport code involved. Binary values come back as `{ bytes: n }`.
 */
export async function rawStores(page: Page): Promise<RawStores> {
  const json = await page.evaluate(async (bucket) => {
    const factory: IDBFactory = (await (navigator as any).storageBuckets.open(bucket)).indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names);
    const all = await Promise.all(
      names.map((name) => new Promise<unknown[]>((resolve) => (tx.objectStore(name).getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result)))),
    );
    db.close();
    return JSON.stringify(Object.fromEntries(names.map((name, i) => [name, all[i]])), (_key, value: unknown) =>
      value instanceof Uint8Array || value instanceof ArrayBuffer ? { bytes: value.byteLength } : value,
    );
  }, await rapportBucket(page));
  return JSON.parse(json) as RawStores;
}
