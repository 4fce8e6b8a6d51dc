import { wrap } from 'idb';
import { migrations, type Migration, type RapportDb, type RawStores, type UpgradeTx } from './db';
import { STORE_NAMES } from '../model/plain';

/**
 * Deletes the database and writes `rows` into a new one of the same name, in the new database's
 * creating transaction: other contexts' requests wait until it is complete, and a failure leaves
 * no half-written database. Superseded values of the old one are not kept in place, which is the
 * point: see vault/fresh.ts.
 */
export function replaceDatabase(name: string, rows: RawStores, steps: readonly Migration[] = migrations): Promise<void> {
  return new Promise((resolve, reject) => {
    let deleted = false;
    const deletion = indexedDB.deleteDatabase(name);
    deletion.onsuccess = () => (deleted = true);
    deletion.onerror = () => reject(deletion.error);
    // Queued right behind the deletion, before any context following it can open the name again.
    const request = indexedDB.open(name, steps.length);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => {
      const db = request.result;
      const tx = request.transaction as IDBTransaction;
      const typed = wrap(db) as unknown as RapportDb;
      const typedTx = wrap(tx) as unknown as UpgradeTx;
      void (async () => {
        for (const step of steps) await step(typed, typedTx);
        for (const name of [...STORE_NAMES, 'meta'] as const) for (const row of rows[name] as object[]) tx.objectStore(name).put(row);
      })().catch((error: unknown) => {
        try {
          tx.abort();
        } catch {
          // finished already
        }
        reject(error);
      });
    };
    request.onsuccess = () => {
      request.result.close();
      // Without the deletion this opened the old database as it was: nothing was replaced.
      if (deleted) resolve();
      else reject(new Error('The database could not be replaced'));
    };
  });
}
