import { isSuccessful } from '../domain/contacts/contacts';
import { buildRecord, enrolInTransaction, NotFoundError } from './base';
import { codecOf } from './vault/codec';
import { queueForTeam } from './sync-queue';
import { notifyChanged } from './changes';
import type { RapportDb } from './db';
import { isTombstone, type ClientRecord, type ContactRecord, type RecordMeta, type Tombstone } from '../model/records';

/** The read lives apart (a first screen reads only); every writer finds it here too. */
export { contactsForClient } from './client-records';

export type NewContact = Omit<ContactRecord, keyof RecordMeta>;

export type ContactsTx = ReturnType<typeof contactsAndClients>;
/** Contacts change clients' contact summaries, and queue for the team in the same transaction. */
export const contactsAndClients = (db: RapportDb, durability: IDBTransactionDurability = 'default') => {
  const tx = db.transaction(['contacts', 'clients', 'meta'], 'readwrite', { durability });
  // As in writeTx: when a step fails, its own error is what the caller sees, not an unhandled `done`.
  tx.done.catch(() => {});
  return tx;
};

/**
 * The client's last success and last attempt are derived from its contacts, from fields that stay
 * in the clear when records are sealed, so this runs inside the write transaction. They are kept on the
 * client record, in the same transaction as the contact write, without bumping the client's
 * revision: they are not the user's edits, and must not make an open form look stale.
 */
export async function refreshContactSummary(tx: ContactsTx, clientId: string): Promise<void> {
  const clients = tx.objectStore('clients');
  const client = await clients.get(clientId);
  if (!client || isTombstone(client)) return;
  let lastSuccessAt: number | undefined;
  let lastAttemptAt: number | undefined;
  const range = IDBKeyRange.bound([clientId, -Infinity], [clientId, Infinity]);
  for (let cursor = await tx.objectStore('contacts').index('by_client_at').openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    const contact = cursor.value;
    if (isTombstone(contact)) continue;
    lastAttemptAt ??= contact.at;
    if (isSuccessful(contact)) {
      lastSuccessAt = contact.at;
      break;
    }
  }
  // A contact that changes neither (an older one, as a pull brings a colleague's history) leaves the
  // row as it is: rewriting it would only redo its indexes (a supervisor's first sync pulls every
  // contact of the team, each one such a write).
  if (client.lastSuccessAt === lastSuccessAt && client.lastAttemptAt === lastAttemptAt) return;
  const next: ClientRecord = { ...client, lastSuccessAt, lastAttemptAt };
  if (lastSuccessAt === undefined) delete next.lastSuccessAt;
  if (lastAttemptAt === undefined) delete next.lastAttemptAt;
  await clients.put(next);
}

/** Logs a contact; the client joins the caseload with it if they had not yet. */
export async function logContact(db: RapportDb, input: NewContact, now: number): Promise<ContactRecord> {
  const record = buildRecord<'contacts'>({ ...input, tags: [...input.tags] }, now);
  const stored = await codecOf(db).seal('contacts', record);
  const tx = contactsAndClients(db);
  await tx.objectStore('contacts').add(stored);
  await enrolInTransaction(tx.objectStore('clients'), record.clientId, now);
  await refreshContactSummary(tx, record.clientId);
  await queueForTeam(tx, { store: 'contacts', id: record.id }, now);
  await tx.done;
  notifyChanged({ store: 'contacts', ids: [record.id] });
  notifyChanged({ store: 'clients', ids: [record.clientId] });
  return record;
}

export async function deleteContact(db: RapportDb, id: string, now: number): Promise<Tombstone> {
  const tx = contactsAndClients(db);
  const contacts = tx.objectStore('contacts');
  const current = await contacts.get(id);
  if (!current) throw new NotFoundError('contacts', id);
  if (isTombstone(current)) return current;
  const tombstone: Tombstone = { id, createdAt: current.createdAt, updatedAt: now, rev: current.rev + 1, deleted: true };
  await contacts.put(tombstone);
  await refreshContactSummary(tx, current.clientId);
  await queueForTeam(tx, { store: 'contacts', id }, now);
  await tx.done;
  notifyChanged({ store: 'contacts', ids: [id] });
  notifyChanged({ store: 'clients', ids: [current.clientId] });
  return tombstone;
}
