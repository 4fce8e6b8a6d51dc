/**
 * A line's date that nothing calls a birth date (no label, no age beside it) may be any date on the line:
 * "RO – rostered 2019-06-12" in a clinic-status list, "Mother | 02 Feb 1961" in a relative's row. When the
 * page confirms one birth date — by its label, or by the age printed beside it — a differing bare line date
 * is not a second person's birth but another date, and yields instead of rejecting the page. Other people's
 * names and numbers still reject it.
 */
const BARE = 'banner line (date)';

export function withoutBareLineDates<P extends { field: string; value: string; how: string }>(pairs: P[]): P[] {
  const dobs = pairs.filter((p) => p.field === 'dob');
  const sure = new Set(dobs.filter((p) => p.how !== BARE).map((p) => p.value));
  if (sure.size !== 1 || dobs.every((p) => p.how !== BARE)) return pairs;
  return pairs.filter((p) => p.field !== 'dob' || p.how !== BARE || sure.has(p.value));
}
