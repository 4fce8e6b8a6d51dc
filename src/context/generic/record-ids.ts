import type { ContextField } from '../types';

/**
 * A record's details table may number its person twice, a practice's chart number beside the system's patient
 * number ("ChartNum", "Patient Num"): identifiers labelled in the label-value rows of one table that labels the name
 * and the birth date too are that one person's, and the first is the record number. Identifiers in two tables, or in
 * a row of several values (a comparison's columns), still make two people.
 */
export function oneRecordIds<T extends { field: ContextField; value: string; el: Element }>(pairs: T[]): T[] {
  const ids = pairs.filter((p) => p.field === 'mrn');
  const [first] = ids;
  if (!first || new Set(ids.map((p) => p.value)).size < 2) return pairs;
  const table = first.el.closest('table, dl');
  const keyValue = (p: T) => p.el.closest('table, dl') === table && (p.el.closest('tr')?.childElementCount ?? 2) === 2;
  if (!table || !ids.every(keyValue)) return pairs;
  if (!(['name', 'dob'] as const).every((f) => pairs.some((p) => p.field === f && table.contains(p.el)))) return pairs;
  return pairs.filter((p) => p.field !== 'mrn' || p === first);
}
