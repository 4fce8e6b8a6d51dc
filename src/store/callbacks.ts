import { insertRecord, openLive, updateRecord } from './base';
import type { RapportDb } from './db';
import type { CallbackRecord } from '../model/records';
import { overdueRange } from './client-records';

/** The reads live apart (a first screen reads only); every writer finds them here too. */
export { callbacksForClient, countOverdue, overdueRange } from './client-records';

export interface NewCallback {
  clientId: string;
  /** epoch ms */
  dueAt: number;
  reason?: string;
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
