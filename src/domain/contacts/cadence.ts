import type { Cadence, CadenceTier } from '../../model/values';

export type CadenceStatus = 'ok' | 'amber' | 'red';

export const DEFAULT_CADENCE_BY_TIER: Readonly<Record<CadenceTier, Readonly<Cadence>>> = Object.freeze({
  high: Object.freeze({ idealDays: 7, maxDays: 14 }),
  medium: Object.freeze({ idealDays: 14, maxDays: 30 }),
  low: Object.freeze({ idealDays: 30, maxDays: 60 }),
});

/**
 * Where the contact rhythm stands. A client never reached is measured from the day they joined the
 * caseload: someone added today is not late yet, someone added two months ago and never reached is.
 * Panel and caseload use this one rule, so they never disagree about who is overdue.
 */
export type CadenceState =
  | { kind: 'contacted'; days: number; status: CadenceStatus }
  | { kind: 'no-contact-yet'; daysSinceJoined: number; status: CadenceStatus };

export function cadenceState(
  client: { daysSinceSuccess?: number; daysSinceJoined: number },
  cadence: Cadence,
): CadenceState {
  if (client.daysSinceSuccess !== undefined) {
    return { kind: 'contacted', days: client.daysSinceSuccess, status: cadenceStatus(client.daysSinceSuccess, cadence) };
  }
  const daysSinceJoined = Math.max(0, client.daysSinceJoined);
  return { kind: 'no-contact-yet', daysSinceJoined, status: cadenceStatus(daysSinceJoined, cadence) };
}

/** Days since the last success against the client's ideal and maximum interval. */
export function cadenceStatus(daysSince: number, cadence: Cadence): CadenceStatus {
  if (daysSince > cadence.maxDays) return 'red';
  if (daysSince > cadence.idealDays) return 'amber';
  return 'ok';
}

/**
 * How far behind, relative to the client's own rhythm, so a weekly client 7 days late outranks a
 * monthly client 7 days late. Never contacted sorts first.
 */
export function catchUpPriority(daysSince: number | undefined, cadence: Cadence): number {
  if (daysSince === undefined) return Infinity;
  return Math.max(daysSince - cadence.idealDays, 0) / cadence.idealDays;
}
