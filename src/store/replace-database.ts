import { migrations, type RapportDb } from './db';
import type { RawStores } from './raw-stores';
import { exclusively, highestComplete, shelfOf } from './generations';
import { replaceGeneration } from './rewrite';

/**
 * Replaces the whole database with `rows` (in a new generation, the current one deleted whole: see
 * generations.ts), unless it no longer holds `before`, what `rows` were made from: then nothing
 * changes and the answer is false. Every context's handle, `db` included, follows the new
 * generation (whenOpen waits for that).
 */
export function replaceDatabase(db: RapportDb, rows: RawStores, before: RawStores): Promise<boolean> {
  const family = db.name;
  const atVersion = db.version;
  return exclusively(family, async () => {
    const shelf = shelfOf(family);
    const current = await highestComplete(shelf, await shelf.present());
    return current !== undefined && (await replaceGeneration(shelf, current, { rows, atVersion, before }, migrations)) !== undefined;
  });
}
