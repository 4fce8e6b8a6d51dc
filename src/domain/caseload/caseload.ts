import { cadenceState, catchUpPriority } from '../contacts/cadence';
import { addDays, calendarDateOf, DAY_MS, daysBetweenDates } from '../time/dates';
import { cadenceFor } from '../settings/settings';
import { stayState } from '../discharge/stay';
import { tcmDeadlines, type TcmDeadlines } from '../discharge/tcm';
import type { CallbackRecord, ClientRecord } from '../../model/records';
import type { Cadence } from '../../model/values';
import type { Settings } from '../../model/settings';

/**
 * The caseload's rows, worked out from records the store has read: pure, so every rule here is
 * tested without a database. The caseload is the enrolled clients only (enrolment.ts).
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
  /** Calendar days since the client joined the caseload: what "no contact yet" is measured from. */
  daysSinceJoined: number;
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

/**
 * Clients past their maximum interval, most behind (relative to their own rhythm) first. A client
 * never reached counts from when they joined the caseload: someone added today is not yet overdue.
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
    const joined = client.enrolledAt ?? client.createdAt;
    if (now - (last ?? joined) < (cadence.maxDays - 1) * DAY_MS) continue;
    const daysSince = last === undefined ? undefined : daysTo(last);
    const daysSinceJoined = daysTo(joined);
    if (cadenceState({ daysSinceSuccess: daysSince, daysSinceJoined }, cadence).status !== 'red') continue;
    rows.push({
      client: caseloadClient(client),
      ...(daysSince === undefined ? {} : { daysSince }),
      daysSinceJoined,
      cadence,
      priority: catchUpPriority(daysSince, cadence),
    });
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

/**
 * Clients whose TCM interactive contact is due today or tomorrow (a moderate-complexity clock):
 * only these few need their contacts since the discharge read to see whether it is still owed.
 */
export function tcmCandidates(clients: readonly ClientRecord[], now: number, timeZone: string): { client: ClientRecord; deadlines: TcmDeadlines }[] {
  const today = calendarDateOf(now, timeZone);
  const tomorrow = addDays(today, 1);
  return clients.flatMap((client) => {
    const discharged = stayState(client, today).actualDischarge;
    const deadlines = discharged === undefined ? null : tcmDeadlines({ date: discharged, actual: true }, today, 'moderate');
    if (!deadlines) return [];
    const due = deadlines.interactiveContactDue;
    return due === today || due === tomorrow ? [{ client, deadlines }] : [];
  });
}
