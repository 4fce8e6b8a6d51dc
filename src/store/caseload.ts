import type { Cadence } from '../domain/contacts/cadence';
import { cadenceStatus, catchUpPriority } from '../domain/contacts/cadence';
import { isSuccessful } from '../domain/contacts/contacts';
import { addDays, calendarDateOf, DAY_MS, daysBetweenDates, startOfLocalDay } from '../domain/time/dates';
import { cadenceFor, type Settings } from '../domain/settings/settings';
import { stayState } from '../domain/discharge/stay';
import { tcmDeadlines, tcmStatus } from '../domain/discharge/tcm';
import type { RapportDb } from './db';
import { overdueRange } from './callbacks';
import { openLive } from './base';
import type { CallbackRecord, ClientRecord, ContactRecord } from './records';

/**
 * Caseload queries: every one reads an index range or the clients store, never the whole contact
 * history, so opening the view stays fast with hundreds of thousands of contacts.
 */

export interface CaseloadClient {
  id: string;
  name: string;
  /** Where the client was last seen in any system: the chart to jump back to. */
  chartUrl?: string;
}

export interface OverdueRow {
  client: CaseloadClient;
  callbackId: string;
  dueAt: number;
  reason?: string;
}

export interface PastMaxRow {
  client: CaseloadClient;
  /** Calendar days since the last successful contact; undefined when never reached. */
  daysSince?: number;
  cadence: Cadence;
  priority: number;
}

export interface DischargeRow {
  client: CaseloadClient;
  dischargeDate: string;
  daysUntil: number;
}

export interface TcmRow {
  client: CaseloadClient;
  dischargeDate: string;
  due: string;
}

export function caseloadClient(client: ClientRecord): CaseloadClient {
  let latest: { url: string; at: number } | undefined;
  for (const identity of client.identities) {
    if (!identity.lastUrl) continue;
    const at = identity.lastSeenAt ?? 0;
    if (!latest || at > latest.at) latest = { url: identity.lastUrl, at };
  }
  return { id: client.id, name: client.name, ...(latest ? { chartUrl: latest.url } : {}) };
}

/**
 * Overdue callbacks (from `listOverdue`, longest overdue first) joined in memory with the clients
 * already loaded for the other sections: one read each, no look-up per callback.
 */
export function overdueRows(overdue: readonly CallbackRecord[], clients: readonly ClientRecord[]): OverdueRow[] {
  const byId = new Map(clients.map((client) => [client.id, client]));
  return overdue.flatMap((callback) => {
    const client = byId.get(callback.clientId);
    if (!client) return [];
    return [{ client: caseloadClient(client), callbackId: callback.id, dueAt: callback.dueAt, ...(callback.reason ? { reason: callback.reason } : {}) }];
  });
}

/** Everything the caseload is built from, read in one transaction: all clients and the overdue callbacks. */
export async function caseloadSnapshot(db: RapportDb, now: number): Promise<{ clients: ClientRecord[]; overdue: CallbackRecord[] }> {
  const tx = db.transaction(['clients', 'callbacks']);
  const [clients, overdue] = await Promise.all([
    tx.objectStore('clients').getAll(),
    tx.objectStore('callbacks').index('by_status_due').getAll(overdueRange(now)),
  ]);
  // Opened after the transaction's reads: decrypting inside it would let it commit under us.
  return { clients: await openLive(db, 'clients', clients), overdue: await openLive(db, 'callbacks', overdue) };
}

/**
 * Clients past their maximum interval, most behind (relative to their own rhythm) first. A client
 * never reached counts from when Rapport first knew them: someone met today is not yet overdue.
 */
export function pastMaxRows(
  clients: readonly ClientRecord[],
  settings: Settings,
  now: number,
  timeZone: string,
): PastMaxRow[] {
  const today = calendarDateOf(now, timeZone);
  const daysTo = (at: number) => daysBetweenDates(calendarDateOf(at, timeZone), today);
  const rows: PastMaxRow[] = [];
  for (const client of clients) {
    const cadence = cadenceFor(client, settings);
    const last = client.lastSuccessAt;
    // Calendar days exceed elapsed days by at most one, so a client well inside the maximum needs
    // no time-zone arithmetic: with thousands of clients that arithmetic is most of the work.
    if (now - (last ?? client.createdAt) < (cadence.maxDays - 1) * DAY_MS) continue;
    const daysSince = last === undefined ? undefined : daysTo(last);
    const behind = daysSince ?? daysTo(client.createdAt);
    if (cadenceStatus(behind, cadence) !== 'red') continue;
    rows.push({ client: caseloadClient(client), ...(daysSince === undefined ? {} : { daysSince }), cadence, priority: catchUpPriority(daysSince, cadence) });
  }
  return rows.sort((a, b) => b.priority - a.priority || (b.daysSince ?? 0) - (a.daysSince ?? 0) || a.client.name.localeCompare(b.client.name));
}

/** Expected discharges from today to three days ahead: the 72 hours to line up what they will need. */
export function dischargeRows(clients: readonly ClientRecord[], now: number, timeZone: string): DischargeRow[] {
  const today = calendarDateOf(now, timeZone);
  const rows: DischargeRow[] = [];
  for (const client of clients) {
    const expected = stayState(client, today).expectedDischarge;
    if (expected === undefined) continue;
    const daysUntil = daysBetweenDates(today, expected);
    if (daysUntil >= 0 && daysUntil <= 3) rows.push({ client: caseloadClient(client), dischargeDate: expected, daysUntil });
  }
  return rows.sort((a, b) => a.daysUntil - b.daysUntil || a.client.name.localeCompare(b.client.name));
}

async function contactsSince(db: RapportDb, clientId: string, from: number): Promise<ContactRecord[]> {
  return openLive(db, 'contacts', await db.getAllFromIndex('contacts', 'by_client_at', IDBKeyRange.bound([clientId, from], [clientId, Infinity])));
}

/**
 * TCM interactive contacts still owed whose deadline is today or tomorrow. Only the few clients
 * discharged in the last days are looked at, and only their contacts since the discharge.
 */
export async function tcmRows(db: RapportDb, clients: readonly ClientRecord[], now: number, timeZone: string): Promise<TcmRow[]> {
  const today = calendarDateOf(now, timeZone);
  const tomorrow = addDays(today, 1);
  const candidates = clients.flatMap((client) => {
    const discharged = stayState(client, today).actualDischarge;
    const deadlines = discharged === undefined ? null : tcmDeadlines({ date: discharged, actual: true }, today, 'moderate');
    if (!deadlines) return [];
    const due = deadlines.interactiveContactDue;
    return due === today || due === tomorrow ? [{ client, deadlines }] : [];
  });
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
