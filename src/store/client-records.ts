import type { RapportDb } from './db';
import { openLive } from './live';
import type { CallbackRecord, ContactRecord, PainPointRecord } from '../model/records';

/**
 * What a client view reads of one client's records, apart from the stores' writes (callbacks.ts,
 * contacts.ts, pain-points.ts re-export these): a panel shows them with the reads alone.
 */

/** Open callbacks due at or before `now`: ['open', -∞] .. ['open', now], inclusive (contract). */
export function overdueRange(now: number): IDBKeyRange {
  return IDBKeyRange.bound(['open', -Infinity], ['open', now]);
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

/** A client's contacts, oldest first, straight from the [clientId, at] index. */
export async function contactsForClient(db: RapportDb, clientId: string): Promise<ContactRecord[]> {
  const range = IDBKeyRange.bound([clientId, -Infinity], [clientId, Infinity]);
  return openLive(db, 'contacts', await db.getAllFromIndex('contacts', 'by_client_at', range));
}

export async function painPointsForClient(db: RapportDb, clientId: string): Promise<PainPointRecord[]> {
  const all = await openLive(db, 'painPoints', await db.getAllFromIndex('painPoints', 'by_client', clientId));
  return all.sort((a, b) => (a.status === b.status ? b.openedAt - a.openedAt : a.status === 'open' ? -1 : 1));
}
