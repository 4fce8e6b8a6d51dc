import type { Cadence, CadenceTier } from '../../model/values';

export type CadenceStatus = 'ok' | 'amber' | 'red';

export const DEFAULT_CADENCE_BY_TIER: Readonly<Record<CadenceTier, Readonly<Cadence>>> = Object.freeze({
  high: Object.freeze({ idealDays: 7, maxDays: 14 }),
  medium: Object.freeze({ idealDays: 14, maxDays: 30 }),
  low: Object.freeze({ idealDays: 30, maxDays: 60 }),
});

/** A client never reached is red: the relationship has not started. */
export function cadenceStatus(daysSince: number | undefined, cadence: Cadence): CadenceStatus {
  if (daysSince === undefined) return 'red';
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
