import { calendarDateOf, daysBetweenDates } from '../time/dates';

/**
 * Structural shapes so the domain stays free of store imports; the store's ContactRecord fits them.
 */
export type ContactOutcomeLike = 'reached' | 'voicemail' | 'no-answer' | 'message-sent';

export interface ContactLike {
  at: number;
  outcome: ContactOutcomeLike;
  direction: string;
  channel: string;
}

/**
 * Only a two-way exchange builds rapport: a voicemail, an unanswered call or a message sent is an
 * attempt. Direction and channel are accepted so the rule can grow without changing callers.
 */
export function isSuccessful(c: Pick<ContactLike, 'outcome' | 'direction' | 'channel'>): boolean {
  return c.outcome === 'reached';
}

export interface ContactSummary {
  lastSuccessAt?: number;
  /** Latest contact of any outcome, successes included. */
  lastAttemptAt?: number;
  /** Calendar days between the local dates of the last success and `now` (0 = today). */
  daysSinceSuccess?: number;
}

export function contactSummary(
  contacts: readonly Pick<ContactLike, 'at' | 'outcome' | 'direction' | 'channel'>[],
  now: number,
  timeZone?: string,
): ContactSummary {
  const times: Pick<ContactSummary, 'lastSuccessAt' | 'lastAttemptAt'> = {};
  for (const c of contacts) {
    if (times.lastAttemptAt === undefined || c.at > times.lastAttemptAt) times.lastAttemptAt = c.at;
    if (isSuccessful(c) && (times.lastSuccessAt === undefined || c.at > times.lastSuccessAt)) {
      times.lastSuccessAt = c.at;
    }
  }
  return summaryOfTimes(times, now, timeZone);
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
