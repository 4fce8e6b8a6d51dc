import type { ContextField } from '../types';

/**
 * A record's details table may number its person twice, a practice's chart number beside the system's patient
 * number ("ChartNum", "Patient Num"): identifiers labelled in the label-value rows of one table that labels the name
 * and the birth date too are that one person's, and the first is the record number. Identifiers in two tables, or in
 * a row of several values (a comparison's columns), still make two people. A face sheet prints its grid two label-value
 * pairs to a row ("MR# | 0193384 | Patient # | 2026339417", Paragon's and MEDITECH's visit number beside the chart's),
 * a device clinic's record three ("Patient ID | DC-104728 | Medical Record # | 00612095 | SSN | XXX-XX-4471"): a row of
 * four to eight cells whose every other cell, from the first, holds no digit is label-value rows side by side, not a
 * comparison. There the one labelled as the medical record's is the record number, whichever comes first.
 */
const LABEL_GRID_ROW = (row: Element) =>
  [4, 6, 8].includes(row.childElementCount) && Array.from(row.children).every((c, i) => i % 2 === 1 || !/\d/.test(c.textContent ?? '0'));
const MEDICAL_RECORD = /^label "(?:medical record|med\.? rec\.?|mrn|mr ?#|chart)/i;
export function oneRecordIds<T extends { field: ContextField; value: string; el: Element; how?: string }>(pairs: T[]): T[] {
  const ids = pairs.filter((p) => p.field === 'mrn');
  const [first] = ids;
  if (!first || new Set(ids.map((p) => p.value)).size < 2) return pairs;
  const table = first.el.closest('table, dl');
  const keyValue = (p: T) => {
    const row = p.el.closest('tr');
    return p.el.closest('table, dl') === table && (!row || row.childElementCount === 2 || LABEL_GRID_ROW(row));
  };
  if (!table || !ids.every(keyValue)) return pairs;
  if (!(['name', 'dob'] as const).every((f) => pairs.some((p) => p.field === f && table.contains(p.el)))) return pairs;
  const record = ids.find((p) => MEDICAL_RECORD.test(p.how ?? '')) ?? first;
  return pairs.filter((p) => p.field !== 'mrn' || p === record);
}
