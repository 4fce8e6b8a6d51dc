import { insertRecord, openLive, updateRecord } from './base';
import type { RapportDb } from './db';
import type { CallbackRecord } from '../model/records';

export interface NewCallback {
  clientId: string;
  /** epoch ms */
  dueAt: number;
  reason?: string;
}

/** Open callbacks due at or before `now`: ['open', -∞] .. ['open', now], inclusive (contract). */
export function overdueRange(now: number): IDBKeyRange {
  return IDBKeyRange.bound(['open', -Infinity], ['open', now]);
}

/** A callback owed; the client joins the caseload with it if they had not yet. */
export async function addCallback(db: RapportDb, input: NewCallback, now: number): Promise<CallbackRecord> {
  if (!Number.isFinite(input.dueAt)) throw new RangeError('A callback needs a due time');
  const reason = input.reason?.trim();
  return insertRecord(
    db,
    'callbacks',
    { clientId: input.clientId, dueAt: input.dueAt, status: 'open', ...(reason ? { reason } : {}) },
    now,
    { enrolsClient: true },
  );
}

/**
 * Idempotent: completing twice (two panels, a double click) keeps the first doneAt and rev. With
 * `expectedRev`, a callback changed since the caller read it is refused (StaleWriteError).
 */
export function completeCallback(db: RapportDb, id: string, now: number, expectedRev?: number): Promise<CallbackRecord> {
  return updateRecord(db, 'callbacks', id, (cb) => (cb.status === 'done' ? null : { status: 'done' as const, doneAt: now }), now, expectedRev);
}

/** Undo of a completion. */
export function reopenCallback(db: RapportDb, id: string, now: number): Promise<CallbackRecord> {
  return updateRecord(db, 'callbacks', id, (cb) => (cb.status === 'open' ? null : { status: 'open' as const, doneAt: undefined }), now);
}

/** Open first, then done; each by due time. */
export async function callbacksForClient(db: RapportDb, clientId: string): Promise<CallbackRecord[]> {
  const rows = await openLive(db, 'callbacks', await db.getAllFromIndex('callbacks', 'by_client', clientId));
  return rows.sort((a, b) => (a.status === b.status ? a.dueAt - b.dueAt : a.status === 'open' ? -1 : 1));
}

/** The badge number: an index count, never a scan, so it stays cheap with any history size. */
export function countOverdue(db: RapportDb, now: number): Promise<number> {
  return db.countFromIndex('callbacks', 'by_status_due', overdueRange(now));
}

/** When the badge must next change: the first open due time strictly after `now`. */
export async function nextDueAfter(db: RapportDb, now: number): Promise<number | undefined> {
  const range = IDBKeyRange.bound(['open', now], ['open', Infinity], true, false);
  const cursor = await db.transaction('callbacks').store.index('by_status_due').openKeyCursor(range);
  return cursor ? cursor.key[1] : undefined;
}

/** Overdue callbacks, longest overdue first. */
export async function listOverdue(db: RapportDb, now: number, limit?: number): Promise<CallbackRecord[]> {
  return openLive(db, 'callbacks', await db.getAllFromIndex('callbacks', 'by_status_due', overdueRange(now), limit));
}
