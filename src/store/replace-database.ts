import { wrap } from 'idb';
import { migrations, RAW_STORE_NAMES, type Migration, type RapportDb, type RawStores, type UpgradeTx } from './db';

/**
 * Deletes the database and writes `rows` into a new one of the same name, in the new database's
 * creating transaction: other contexts' requests wait until it is complete, and a failure leaves
 * no half-written database. Superseded values of the old one are not kept in place, which is the
 * point: see vault/fresh.ts.
 * Another context (the worker, following the deletion) can still open the name first: requests from
 * two processes reach the browser in no set order. It then creates the new database, this open finds
 * it made, and the rows go in with a transaction of their own: never a database left empty.
 */
export function replaceDatabase(name: string, rows: RawStores, steps: readonly Migration[] = migrations): Promise<void> {
  return new Promise((resolve, reject) => {
    let deleted = false;
    let created = false;
    const deletion = indexedDB.deleteDatabase(name);
    deletion.onsuccess = () => (deleted = true);
    deletion.onerror = () => reject(deletion.error);
    const request = indexedDB.open(name, steps.length);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => {
      created = true;
      const db = request.result;
      const tx = request.transaction as IDBTransaction;
      const typed = wrap(db) as unknown as RapportDb;
      const typedTx = wrap(tx) as unknown as UpgradeTx;
      void (async () => {
        for (const step of steps) await step(typed, typedTx);
        putAll(tx, rows);
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
      const db = request.result;
      // Without the deletion this opened the old database as it was: nothing was replaced.
      if (!deleted || created) {
        db.close();
        return deleted ? resolve() : reject(new Error('The database could not be replaced'));
      }
      const tx = db.transaction([...RAW_STORE_NAMES], 'readwrite');
      putAll(tx, rows);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onabort = () => {
        db.close();
        reject(tx.error ?? new Error('The database could not be rewritten'));
      };
    };
  });
}

function putAll(tx: IDBTransaction, rows: RawStores): void {
  for (const name of RAW_STORE_NAMES) for (const row of rows[name] as object[]) tx.objectStore(name).put(row);
}
