import { deleteRecord, insertRecord } from './base';
import type { RapportDb } from './db';
import { isTombstone, type ContactRecord, type RecordMeta, type Tombstone } from './records';

export type NewContact = Omit<ContactRecord, keyof RecordMeta>;

export function logContact(db: RapportDb, input: NewContact, now: number): Promise<ContactRecord> {
  return insertRecord(db, 'contacts', { ...input, tags: [...input.tags] }, now);
}

/** A client's contacts, oldest first, straight from the [clientId, at] index. */
export async function contactsForClient(db: RapportDb, clientId: string): Promise<ContactRecord[]> {
  const range = IDBKeyRange.bound([clientId, -Infinity], [clientId, Infinity]);
  const rows = await db.getAllFromIndex('contacts', 'by_client_at', range);
  return rows.filter((r): r is ContactRecord => !isTombstone(r));
}

export function deleteContact(db: RapportDb, id: string, now: number): Promise<Tombstone> {
  return deleteRecord(db, 'contacts', id, now);
}
