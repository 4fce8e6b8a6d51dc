import { isSuccessful } from '../domain/contacts/contacts';
import { calendarDateOf, startOfLocalDay } from '../domain/time/dates';
import { tcmStatus } from '../domain/discharge/tcm';
import { loadHolidayCalendar } from '../domain/time/holiday-calendar';
import { caseloadClient, tcmCandidates, type TcmRow } from '../domain/caseload/caseload';
import type { RapportDb } from './db';
import { overdueRange } from './callbacks';
import { openLive } from './base';
import { isTombstone, type CallbackRecord, type ClientRecord, type ContactRecord } from '../model/records';

/**
 * Caseload queries: every one reads an index range or the clients store, never the whole contact
 * history, so opening the view stays fast with hundreds of thousands of contacts.
 */

/**
 * Everything the caseload is built from, read in one transaction: the enrolled clients (a chart
 * only looked at is not a client of the caseload) and the overdue callbacks.
 */
export async function caseloadSnapshot(db: RapportDb, now: number): Promise<{ clients: ClientRecord[]; overdue: CallbackRecord[] }> {
  const tx = db.transaction(['clients', 'callbacks']);
  const [clients, overdue] = await Promise.all([
    tx.objectStore('clients').getAll(),
    tx.objectStore('callbacks').index('by_status_due').getAll(overdueRange(now)),
  ]);
  // `enrolledAt` stays in the clear: only the caseload's clients are opened, after the reads
  // (decrypting inside the transaction would let it commit under us).
  const enrolled = clients.filter((client) => !isTombstone(client) && client.enrolledAt !== undefined);
  return { clients: await openLive(db, 'clients', enrolled), overdue: await openLive(db, 'callbacks', overdue) };
}

async function contactsSince(db: RapportDb, clientId: string, from: number): Promise<ContactRecord[]> {
  return openLive(db, 'contacts', await db.getAllFromIndex('contacts', 'by_client_at', IDBKeyRange.bound([clientId, from], [clientId, Infinity])));
}

/**
 * TCM interactive contacts still owed whose deadline is today or tomorrow. Only the few clients
 * discharged in the last days are looked at, and only their contacts since the discharge.
 */
export async function tcmRows(db: RapportDb, clients: readonly ClientRecord[], now: number, timeZone: string): Promise<TcmRow[]> {
  await loadHolidayCalendar();
  const today = calendarDateOf(now, timeZone);
  const candidates = tcmCandidates(clients, now, timeZone);
  const rows = await Promise.all(
    candidates.map(async ({ client, deadlines }) => {
      const since = await contactsSince(db, client.id, startOfLocalDay(deadlines.dischargeDate, timeZone));
      const contacts = since.map((contact) => ({ at: contact.at, successful: isSuccessful(contact) }));
      const state = tcmStatus(deadlines, today, contacts, timeZone).interactiveContact;
      return state === 'open' || state === 'due-today'
        ? [{ client: caseloadClient(client), dischargeDate: deadlines.dischargeDate, due: deadlines.interactiveContactDue }]
        : [];
    }),
  );
  return rows.flat().sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.client.name.localeCompare(b.client.name)));
}
