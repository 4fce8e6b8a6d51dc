import { databaseNames, highestComplete, shelfOf, type Generation } from './generations';
import type { Migration } from './db';

/**
 * The generation to open: the highest complete one. Every other goes, so a rewrite stopped half-way
 * (the browser closed) is finished here: before its new generation was complete, the old one stays;
 * after, the new one does. What an earlier version left in the default IndexedDB is taken over first
 * (legacy.ts). Run it exclusively (generations.ts).
 */
export async function currentGeneration(family: string, steps: readonly Migration[]): Promise<Generation> {
  const shelf = shelfOf(family);
  const names = await databaseNames();
  if (names.includes(`${family}-sealing`) || (shelf.first > 0 && names.includes(family))) {
    // Loaded only then: the side panel's first screen stays small. The service worker cannot load code
    // later; it opens the database where it is, and follows when a page moves it.
    await import('./legacy').then(({ takeOverLegacy }) => takeOverLegacy(family, steps), () => undefined);
  }
  const present = await shelf.present();
  const current = await highestComplete(shelf, present);
  for (const number of present) if (number !== current?.number) await shelf.drop(number);
  return current ?? shelf.at(shelf.first);
}
