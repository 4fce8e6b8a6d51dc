import type { StructuredReading } from './structured';

/**
 * A single-page app whose banner is thin or masked ("Member ns-7781", "MRN ***4471", initials and an age)
 * still says whom it shows by its address: `/patients/<id>`, `#/members/<id>/summary` (cache-records.ts).
 * The stored Patient with that very id is the one shown, as surely as a visible name would say, and
 * before the others a recent list or a household names beside it. Only one such record counts.
 */
export function routedReading(structured: StructuredReading[], shown: StructuredReading[]): StructuredReading | undefined {
  const routed = structured.filter((s) => s.state && s.routed && s.reading.fields.name);
  const one = routed.length === 1 ? routed[0] : undefined;
  return one && (shown.length === 0 || shown.includes(one)) ? one : undefined;
}
