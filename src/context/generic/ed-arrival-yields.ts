/**
 * An inpatient stay often opens in the emergency department: tracking boards and admission screens print the ED
 * arrival (and the ED departure) beside the admission itself ("ED arrival 12/05 22:41 · Admitted (inpatient)
 * 12/06 05:55"). The stay starts with the admission order, so a date labelled as the admission (or the discharge)
 * outranks one labelled as the ED visit's arrival (or departure); where nothing names the admission, the ED visit
 * is the stay, as ed-visit-labels.ts reads it.
 */
const ED_VISIT = /^(?:aria-)?label "(?:(?:ed|er|emergency)\b[^"]*?)?(?:arriv|depart)/i;

export function edArrivalYields<T extends { field: string | null; how: string }>(pairs: T[]): T[] {
  const byEd = (p: T) => (p.field === 'admitDate' || p.field === 'dischargeDate') && ED_VISIT.test(p.how);
  if (!pairs.some(byEd)) return pairs;
  return pairs.filter((p) => !byEd(p) || !pairs.some((q) => q.field === p.field && !byEd(q)));
}
