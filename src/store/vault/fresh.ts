import { openDB } from 'idb';
import { META_KEYS } from '../../model/meta';
import { isTombstone, STORE_NAMES, type StoreName, type Stored } from '../../model/records';
import { STAGING_SUFFIX } from './staging';
import { DB_NAME, openRapportDb, RAW_STORE_NAMES, readRawStores, whenOpen, type RapportDb, type RawStores } from '../db';
import { replaceDatabase } from '../replace-database';

/**
 * Setting a passphrase writes the sealed records into a fresh database and deletes the old one.
 * Sealing records in place would leave their earlier plaintext in the browser's database files:
 * a value overwritten or deleted stays on disk until the storage engine compacts it away.
 *
 * The steps, each safe to be stopped after:
 * 1. a sealed copy of everything, with the passphrase envelope, goes into a staging database;
 * 2. the database is deleted and written afresh from that copy in its creating transaction
 *    (other contexts' connections follow it: see openRapportDb);
 * 3. the staging database goes.
 * Deleting alone is not enough on disk: Chromium's LevelDB drops deleted entries only when a
 * compaction merges them with the files that hold them, and a deletion compacts only files that
 * are already written when it starts. Plaintext still in the engine's memory (a write log replayed
 * at startup) would be flushed by the deletion itself into a file that nothing then compacts. So a
 * scratch database is written and deleted before step 2 (the flush happens then, and the deletion
 * of the old database compacts the file) and once more after step 3. tests/e2e/encryption-disk.e2e.ts
 * searches the profile's files for the plaintext; without the first scratch round it is found.
 * Chromium removes a deleted database's rows and compacts their files in a cleanup task after the
 * deletion has committed (a browser closed before it ends resumes it at the next start), so the
 * plaintext can outlive the success event by a moment. Not guaranteed: those cleanup tasks go to the
 * thread pool unordered (leveldb_scopes.cc), and LevelDB's range compaction picks its levels before it
 * writes out what it still holds in memory. Where the scrub's flush lands its file (a fresh profile:
 * level 2) only after the old database's compaction picked levels 0-1, that file and the deletion
 * markers (their index keys: name, MRN) stay until some later compaction reaches them; nothing a page
 * can call compacts a range or tells when a cleanup ran. Every LevelDB LOG of the e2e runs so far shows
 * the flush first (tests/e2e/encryption-disk.e2e.ts prints it where plaintext is left).
 * A browser stopped in step 2 leaves the copy; finishInterruptedSealing puts it back.
 */
type Seal = <S extends StoreName>(store: S, record: Stored<S>) => Promise<Stored<S>>;

export interface SealingProgress {
  done: number;
  total: number;
}

export class SealingContentionError extends Error {
  override name = 'SealingContentionError';
  constructor() {
    super('Records kept changing while they were being sealed: close other Rapport windows and try again');
  }
}

const stagingName = (name: string) => `${name}${STAGING_SUFFIX}`;
const scratchName = (name: string) => `${name}-scrub`;
/** Checkpoints other contexts move on their own: a change to them is no change to the data. */
const IGNORED_META: readonly string[] = [META_KEYS.notifyCheckpoint, META_KEYS.seenPrunedAt, META_KEYS.lastBackupAt];

export async function sealIntoFreshDatabase(db: RapportDb, seal: Seal, envelope: unknown, onProgress?: (p: SealingProgress) => void): Promise<void> {
  const name = db.name;
  // What the browser replayed from its write log at start is still in memory: written out now, long before the
  // deletion below, its file is in place when that deletion's compaction picks its levels. The scrub right before
  // the deletion alone raced it (both cleanups run on the thread pool, unordered: see the note above).
  await scrub(name);
  for (let round = 0; round < 3; round++) {
    const before = await readRawStores(db);
    const sealed = await sealAll(before, seal, onProgress);
    sealed.meta = [...before.meta.filter((entry) => entry.key !== META_KEYS.vault), { key: META_KEYS.vault, value: envelope }];
    await writeDatabase(stagingName(name), sealed);
    // Settles the storage engine first: what it still holds of the plaintext in memory goes into a
    // file now, so that deleting the database below compacts that file away (see the note above).
    await scrub(name);
    // Another window wrote meanwhile: its write is not in the copy, so copy again. Checked as late
    // as possible, after the scrub, so that the window in which a write could be lost is the
    // moment between this read and the deletion queued right behind it.
    if (fingerprint(await readRawStores(db)) !== fingerprint(before)) {
      await deleteDatabase(stagingName(name));
      continue;
    }
    await replaceDatabase(name, sealed);
    await whenOpen(db);
    await deleteDatabase(stagingName(name));
    await scrub(name);
    return;
  }
  throw new SealingContentionError();
}

async function sealAll(rows: RawStores, seal: Seal, onProgress?: (p: SealingProgress) => void): Promise<RawStores> {
  const total = STORE_NAMES.reduce((n, store) => n + rows[store].length, 0);
  let done = 0;
  const out = { meta: rows.meta, serverIds: rows.serverIds } as RawStores;
  for (const store of STORE_NAMES) {
    const sealed: Stored<StoreName>[] = [];
    for (const row of rows[store] as Stored<StoreName>[]) {
      sealed.push(isTombstone(row) || 'sealed' in row ? row : await seal(store, row));
      if (++done % 500 === 0) onProgress?.({ done, total });
    }
    (out as Record<string, unknown>)[store] = sealed;
  }
  onProgress?.({ done: total, total });
  return out;
}

/** A cheap summary of every row: equal before and after means nobody wrote in between. */
function fingerprint(rows: RawStores): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const store of STORE_NAMES) for (const row of rows[store]) add(JSON.stringify(row));
  for (const entry of rows.meta) if (!IGNORED_META.includes(entry.key)) add(JSON.stringify(entry));
  for (const entry of rows.serverIds) add(JSON.stringify(entry));
  return `${hash}`;
}

async function writeDatabase(name: string, rows: RawStores): Promise<void> {
  await deleteDatabase(name);
  const db = await openRapportDb(name);
  try {
    const tx = db.transaction(RAW_STORE_NAMES, 'readwrite');
    for (const store of RAW_STORE_NAMES) for (const row of rows[store] as object[]) void tx.objectStore(store).put(row as never);
    await tx.done;
  } finally {
    db.close();
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

async function scrub(name: string): Promise<void> {
  const scratch = await openDB(scratchName(name), 1, { upgrade: (db) => db.createObjectStore('scratch') });
  await scratch.put('scratch', new Uint8Array(4096), 'fill');
  scratch.close();
  await deleteDatabase(scratchName(name));
}

/**
 * Run before the database is opened: a sealing stopped half-way is finished from its copy. The
 * copy is put back only where the database is gone or empty (stopped between deleting and
 * writing); where the database holds data it is the one in use, and the copy goes.
 */
export async function finishInterruptedSealing(name: string = DB_NAME): Promise<void> {
  if (typeof indexedDB.databases !== 'function') return;
  const names = new Set((await indexedDB.databases()).map((info) => info.name));
  if (!names.has(stagingName(name))) return;
  const staging = await openRapportDb(stagingName(name));
  const copy = await readRawStores(staging).finally(() => staging.close());
  const complete = copy.meta.some((entry) => entry.key === META_KEYS.vault);
  if (complete && (!names.has(name) || (await isEmpty(name)))) await replaceDatabase(name, copy);
  await deleteDatabase(stagingName(name));
}

async function isEmpty(name: string): Promise<boolean> {
  const db = await openRapportDb(name);
  try {
    const rows = await readRawStores(db);
    return STORE_NAMES.every((store) => rows[store].length === 0) && !rows.meta.some((entry) => entry.key === META_KEYS.vault);
  } finally {
    db.close();
  }
}
