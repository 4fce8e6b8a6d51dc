/**
 * A discharge dated before every admission the page gives is another, earlier stay's ("Inpatient discharge
 * date (M1005): 10/29" on a home-health start of care dated 11/02, the hospital stay the agency's care
 * follows): no stay ends before it begins, and the admission after it is the one still open. Dates are the
 * normalised ISO values, so they compare as text.
 */
export function priorDischarges<T extends { field: string | null; value: string; ambiguous?: boolean }>(pairs: T[]): T[] {
  // A discharge whose day and month could swap is not settled yet ("04/12/2026" beside "29/11/2026"): it is kept.
  const settled = (p: T) => !p.ambiguous && /^\d{4}-\d{2}-\d{2}$/.test(p.value);
  const admitted = pairs.filter((p) => p.field === 'admitDate' && /^\d{4}-\d{2}-\d{2}$/.test(p.value)).map((p) => p.value);
  if (admitted.length === 0) return pairs;
  const first = admitted.reduce((a, b) => (b < a ? b : a));
  return pairs.filter((p) => p.field !== 'dischargeDate' || !settled(p) || p.value >= first);
}
