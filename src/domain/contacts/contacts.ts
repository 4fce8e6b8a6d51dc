import type { ContactRecord } from '../../model/records';
import { calendarDateOf, daysBetweenDates } from '../time/dates';

/** What the contact rules read of a contact: when, how, and whether the client was reached. */
export type ContactFacts = Pick<ContactRecord, 'at' | 'outcome' | 'direction' | 'channel'>;

/**
 * Only a two-way exchange builds rapport: a voicemail, an unanswered call or a message sent is an
 * attempt. Direction and channel are accepted so the rule can grow without changing callers.
 */
export function isSuccessful(c: Pick<ContactRecord, 'outcome' | 'direction' | 'channel'>): boolean {
  return c.outcome === 'reached';
}

export interface ContactSummary {
  lastSuccessAt?: number;
  /** Latest contact of any outcome, successes included. */
  lastAttemptAt?: number;
  /** Calendar days between the local dates of the last success and `now` (0 = today). */
  daysSinceSuccess?: number;
}

export function contactSummary(contacts: readonly ContactFacts[], now: number, timeZone?: string): ContactSummary {
  return summaryOfTimes(lastContactTimes(contacts), now, timeZone);
}

/** The last success and the last attempt: what the store keeps on the client record. */
export function lastContactTimes(contacts: readonly ContactFacts[]): Pick<ContactSummary, 'lastSuccessAt' | 'lastAttemptAt'> {
  const times: Pick<ContactSummary, 'lastSuccessAt' | 'lastAttemptAt'> = {};
  for (const c of contacts) {
    if (times.lastAttemptAt === undefined || c.at > times.lastAttemptAt) times.lastAttemptAt = c.at;
    if (isSuccessful(c) && (times.lastSuccessAt === undefined || c.at > times.lastSuccessAt)) times.lastSuccessAt = c.at;
  }
  return times;
}

/** The summary from the last success and attempt alone (as the store keeps them on the client). */
export function summaryOfTimes(
  { lastSuccessAt, lastAttemptAt }: Pick<ContactSummary, 'lastSuccessAt' | 'lastAttemptAt'>,
  now: number,
  timeZone?: string,
): ContactSummary {
  const summary: ContactSummary = {};
  if (lastAttemptAt !== undefined) summary.lastAttemptAt = lastAttemptAt;
  if (lastSuccessAt !== undefined) {
    summary.lastSuccessAt = lastSuccessAt;
    // Calendar days, not 24-hour blocks: a call at 23:00 yesterday is "yesterday" at 08:00 today.
    summary.daysSinceSuccess = daysBetweenDates(calendarDateOf(lastSuccessAt, timeZone), calendarDateOf(now, timeZone));
  }
  return summary;
}
