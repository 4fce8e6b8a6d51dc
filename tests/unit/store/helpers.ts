import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { sealIfAsked } from './sealed-mode';

/** A fresh, empty IndexedDB for every test, and the database opened on it. */
export function useFreshDb(): () => RapportDb {
  let db: RapportDb | undefined;
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    db = await openRapportDb();
    await sealIfAsked(db);
  });
  afterEach(() => db?.close());
  return () => {
    if (!db) throw new Error('database not open');
    return db;
  };
}

export const T0 = Date.UTC(2024, 4, 20, 15, 0);
export const HOUR = 3_600_000;
