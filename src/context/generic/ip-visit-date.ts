/**
 * A visit's or an encounter's date is the stay's only where nothing names the admission itself: an
 * inpatient visit opens in the emergency department or on a ward before the admission order
 * ("Visit Date 28 Nov" in the header, "Admitted On 30 Nov" in the bed details). A date labelled as the
 * admission (or the discharge) outranks one labelled as the visit's or the encounter's.
 */
const VISIT = /^(?:aria-)?label "(?:visit|encounter)\b/i;

export function visitYields<T extends { field: string | null; how: string }>(pairs: T[]): T[] {
  const byVisit = (p: T) => (p.field === 'admitDate' || p.field === 'dischargeDate') && VISIT.test(p.how);
  if (!pairs.some(byVisit)) return pairs;
  return pairs.filter((p) => !byVisit(p) || !pairs.some((q) => q.field === p.field && !byVisit(q)));
}
