import { META_KEYS, STORE_NAMES } from '../model/plain';
import type { Migration } from './db';
import { databaseNames, deleteDatabase, highestComplete, shelfOf, type Generation } from './generations';
import { readGeneration, replaceGeneration, type Rows } from './rewrite';

/**
 * What an earlier version left in the default IndexedDB: a sealing it stopped half-way is finished,
 * and where Storage Buckets exist the database moves into the first one. Run it exclusively.
 */
export async function takeOverLegacy(family: string, steps: readonly Migration[]): Promise<void> {
  await finishLegacySealing(family, steps);
  const shelf = shelfOf(family);
  const current = await highestComplete(shelf, await shelf.present());
  if (current && current.number < shelf.first) await moveIntoBucket(current, family, steps);
}

/**
 * The move copies the records and deletes the default database; it cannot take back what that
 * database's files held: LevelDB drops deleted rows only in a later compaction, so the records as
 * they were may stay in the default IndexedDB's files for a while. Records written or sealed after
 * the move never go there.
 */
async function moveIntoBucket(legacy: Generation, family: string, steps: readonly Migration[]): Promise<void> {
  const { rows, version } = await readGeneration(legacy);
  if (version > steps.length) throw new RangeError(`The database is at version ${version}, newer than this code's ${steps.length}`);
  const moved = await replaceGeneration(shelfOf(family), legacy, { rows, atVersion: version, before: rows }, steps);
  if (!moved) throw new Error('The database changed while it was being moved');
}

/**
 * Earlier versions set a passphrase by deleting the database and writing it afresh from a sealed
 * copy, `rapport-sealing`; a browser stopped between the two left the copy as the only whole data.
 * Where the database is gone or empty, the copy becomes the next generation; then it goes.
 */
async function finishLegacySealing(family: string, steps: readonly Migration[]): Promise<void> {
  const names = await databaseNames();
  const copy: Generation = { number: 0, factory: indexedDB, name: `${family}-sealing` };
  if (!names.includes(copy.name)) return;
  const { rows, version } = await readGeneration(copy);
  const database = names.includes(family) ? (await readGeneration({ ...copy, name: family })).rows : {};
  if (holdsEnvelope(rows) && !holdsEnvelope(database) && STORE_NAMES.every((store) => (database[store] ?? []).length === 0)) {
    await replaceGeneration(shelfOf(family), copy, { rows, atVersion: version, before: rows }, steps);
  }
  await deleteDatabase(indexedDB, copy.name);
}

const holdsEnvelope = (rows: Rows) => (rows.meta ?? []).some((entry) => (entry as { key: string }).key === META_KEYS.vault);
