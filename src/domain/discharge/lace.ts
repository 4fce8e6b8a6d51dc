import type { LaceInput } from '../../model/values';
import type { SourceId } from '../text/sources';

/** LACE readmission index (van Walraven et al., CMAJ 2010): 0–19, 10 or more treated as high risk. */
export interface LaceResult {
  score: number;
  parts: { L: number; A: number; C: number; E: number };
  highRisk: boolean;
  sourceId: SourceId;
}

export const LACE_HIGH_RISK = 10;

function lengthPoints(days: number): number {
  const d = Math.floor(days);
  if (d < 1) return 0;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 13) return 5;
  return 7;
}

function requireCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
}

export function laceScore(input: LaceInput): LaceResult {
  if (!Number.isFinite(input.lengthOfStayDays) || input.lengthOfStayDays < 0) {
    throw new RangeError(`lengthOfStayDays must be >= 0, got ${input.lengthOfStayDays}`);
  }
  requireCount('charlson', input.charlson);
  requireCount('edVisits6m', input.edVisits6m);
  const parts = {
    L: lengthPoints(input.lengthOfStayDays),
    A: input.acuteAdmission ? 3 : 0,
    C: input.charlson >= 4 ? 5 : input.charlson,
    E: Math.min(input.edVisits6m, 4),
  };
  const score = parts.L + parts.A + parts.C + parts.E;
  return { score, parts, highRisk: score >= LACE_HIGH_RISK, sourceId: 'lace' };
}
