import { META_KEYS } from '../model/meta';
import { STORE_NAMES } from '../model/records';
import type { Migration } from './db';
import { databaseNames, deleteDatabase, highestComplete, shelfOf, type Generation } from './generations';
import { readGeneration, replaceGeneration, type Rows } from './rewrite';

/**
 * The generation to open: the highest complete one. Every other goes, so a rewrite stopped half-way
 * (the browser closed) is finished here: before its new generation was complete, the old one stays;
 * after, the new one does. A database still in the default IndexedDB where Storage Buckets exist
 * (written by an earlier version) moves into the first bucket. Run it exclusively (generations.ts).
 */
export async function currentGeneration(family: string, steps: readonly Migration[]): Promise<Generation> {
  await finishLegacySealing(family, steps);
  const shelf = shelfOf(family);
  const present = await shelf.present();
  const current = await highestComplete(shelf, present);
  if (!current) {
    for (const number of present) await shelf.drop(number);
    return shelf.at(shelf.first);
  }
  if (current.number < shelf.first) return moveIntoBucket(current, family, steps);
  for (const number of present) if (number !== current.number) await shelf.drop(number);
  return current;
}

/**
 * The move copies the records and deletes the default database; it cannot take back what that
 * database's files held: LevelDB drops deleted rows only in a later compaction, so the records as
 * they were may stay in the default IndexedDB's files for a while. Records written or sealed after
 * the move never go there.
 */
async function moveIntoBucket(legacy: Generation, family: string, steps: readonly Migration[]): Promise<Generation> {
  const { rows, version } = await readGeneration(legacy);
  if (version > steps.length) throw new RangeError(`The database is at version ${version}, newer than this code's ${steps.length}`);
  const moved = await replaceGeneration(shelfOf(family), legacy, { rows, atVersion: version, before: rows }, steps);
  if (!moved) throw new Error('The database changed while it was being moved');
  return moved;
}

/**
 * Versions before generations set a passphrase by deleting the database and writing it afresh from a
 * sealed copy, `rapport-sealing`; a browser stopped between the two left the copy as the only whole
 * data. Where the database is gone or empty, the copy becomes the next generation; then it goes.
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
