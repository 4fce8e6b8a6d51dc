import { databaseNames, highestComplete, shelfOf, type Generation } from './generations';
import type { Migration } from './db';

/** Takes over what an earlier version left in the default IndexedDB (legacy.ts). */
export type LegacyTakeOver = (family: string, steps: readonly Migration[]) => Promise<void>;

let takeOver: LegacyTakeOver | undefined;

/**
 * How this context takes over what an earlier version left. The service worker, which starts first
 * after an update, and the options page hold legacy.ts in their code (platform/database.ts). The side
 * panel sets none, so that its first screen stays small: it opens such a database where it is, and
 * follows when the worker moves it (db.ts).
 */
export function takeOverLegacyWith(hook: LegacyTakeOver): void {
  takeOver = hook;
}

/**
 * The generation to open: the highest complete one. Every other goes, so a rewrite stopped half-way
 * (the browser closed) is finished here: before its new generation was complete, the old one stays;
 * after, the new one does. What an earlier version left in the default IndexedDB is taken over first
 * (legacy.ts). Run it exclusively (generations.ts).
 */
export async function currentGeneration(family: string, steps: readonly Migration[]): Promise<Generation> {
  const shelf = shelfOf(family);
  // Asked only where a context takes it over: the panel's start has one listing of databases fewer.
  const names = takeOver ? await databaseNames() : [];
  if (names.includes(`${family}-sealing`) || (shelf.first > 0 && names.includes(family))) {
    // Not taken over (another context wrote meanwhile): opened where it is, and taken over at the next open.
    await takeOver!(family, steps).catch((error: unknown) => console.warn('[rapport] taking over the earlier database', error));
  }
  const present = await shelf.present();
  const current = await highestComplete(shelf, present);
  for (const number of present) if (number !== current?.number) await shelf.drop(number);
  return current ?? shelf.at(shelf.first);
}
