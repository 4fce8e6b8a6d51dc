import { wrap } from 'idb';
import { META_KEYS } from '../model/plain';
import type { Migration, RapportDb, UpgradeTx } from './db';
import type { Generation, Shelf } from './generations';

/** Every store's rows as IndexedDB holds them, by store name. */
export type Rows = { readonly [store: string]: readonly unknown[] };

/** Checkpoints other contexts move on their own: a change to them is no change to the data. */
const IGNORED_META: readonly string[] = [META_KEYS.notifyCheckpoint, META_KEYS.seenPrunedAt, META_KEYS.lastBackupAt];

/**
 * Replaces generation `from` with a new one holding `rows` (at schema version `atVersion`), then
 * deletes `from` whole. Returns the new generation, or nothing, with nothing changed, where `from`
 * no longer holds `before`: another context wrote since it was read, and its write is not in `rows`.
 * Every step is safe to be stopped after: an incomplete new generation is deleted at the next open,
 * a complete one supersedes `from` (current-generation.ts). Run it exclusively (generations.ts).
 */
export async function replaceGeneration(
  shelf: Shelf,
  from: Generation,
  change: { rows: Rows; atVersion: number; before: Rows },
  steps: readonly Migration[],
): Promise<Generation | undefined> {
  const present = await shelf.present();
  const next = await shelf.at(Math.max(shelf.first, (present[0] ?? 0) + 1));
  await writeGeneration(next, change.rows, change.atVersion, steps);
  if (!(await unchangedSince(from, change.before))) {
    await shelf.drop(next.number);
    return undefined;
  }
  for (const number of present) await shelf.drop(number);
  return next;
}

/** Every store of the generation's database, and its schema version. */
export async function readGeneration(generation: Generation): Promise<{ rows: Rows; version: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = generation.factory.open(generation.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return { rows: await readAll(db.transaction([...db.objectStoreNames], 'readonly')), version: db.version };
  } finally {
    db.close();
  }
}

/**
 * Writes `rows` into a new database in its creating transaction: it exists only once complete, and a
 * failure leaves none. The steps up to `atVersion` make the stores the rows were read from; the
 * rest migrate them.
 */
function writeGeneration(generation: Generation, rows: Rows, atVersion: number, steps: readonly Migration[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = generation.factory.open(generation.name, steps.length);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction as IDBTransaction;
      const fill = async () => {
        if (event.oldVersion !== 0) throw new Error(`Generation ${generation.number} is already written`);
        const db = wrap(request.result) as unknown as RapportDb;
        const typedTx = wrap(tx) as unknown as UpgradeTx;
        for (let version = 0; version < steps.length; version++) {
          if (version === atVersion) putAll(tx, rows);
          await steps[version]!(db, typedTx);
        }
        if (atVersion === steps.length) putAll(tx, rows);
        tx.objectStore('meta').put({ key: META_KEYS.schemaVersion, value: steps.length });
      };
      fill().catch((error: unknown) => {
        reject(error);
        try {
          tx.abort();
        } catch {
          // finished already
        }
      });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
  });
}

/**
 * Whether the generation's database still holds `before`. Asked in an upgrade transaction that is
 * then aborted (the database stays as it was): opening one version up first closes every other
 * context's connection (they wait to reopen until the rewrite is over: openRapportDb) and waits for
 * their transactions. A write that committed before is seen here; none can come after.
 */
async function unchangedSince(generation: Generation, before: Rows): Promise<boolean> {
  const version = (await generation.factory.databases()).find((info) => info.name === generation.name)?.version ?? 0;
  return new Promise((resolve, reject) => {
    let verdict: boolean | undefined;
    const request = generation.factory.open(generation.name, version + 1);
    request.onupgradeneeded = () => {
      const tx = request.transaction as IDBTransaction;
      readAll(tx).then(
        (now) => {
          verdict = fingerprint(now) === fingerprint(before);
          tx.abort();
        },
        reject,
      );
    };
    request.onsuccess = () => {
      request.result.close();
      reject(new Error('The database could not be checked'));
    };
    request.onerror = () => (verdict === undefined ? reject(request.error) : resolve(verdict));
  });
}

function readAll(tx: IDBTransaction): Promise<Rows> {
  const names = [...tx.objectStoreNames];
  const all = names.map(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
  );
  return Promise.all(all).then((rows) => Object.fromEntries(names.map((name, i) => [name, rows[i]!])));
}

function putAll(tx: IDBTransaction, rows: Rows): void {
  for (const [store, values] of Object.entries(rows)) for (const row of values) tx.objectStore(store).put(row);
}

/** A cheap summary of every row: equal before and after means nobody wrote in between. */
function fingerprint(rows: Rows): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const store of Object.keys(rows).sort()) {
    add(store);
    for (const row of rows[store]!) if (store !== 'meta' || !IGNORED_META.includes((row as { key: string }).key)) add(JSON.stringify(row));
  }
  return `${hash}`;
}
