import { afterEach } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import type { TokenSealer } from '../../../src/sync/token-store';

/** Each call opens a new caseload in an IndexedDB of its own (one care manager's browser); all close after each test. */
export function useCaseloads(): () => Promise<RapportDb> {
  const open: RapportDb[] = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));
  return async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openRapportDb();
    open.push(db);
    return db;
  };
}

/** Tokens kept as a caseload without a passphrase keeps them: in the clear. */
export const CLEAR_TOKENS: TokenSealer = { status: () => 'off', keys: async () => undefined };
