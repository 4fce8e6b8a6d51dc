import { nameLedLabels } from './name-led-labels';

/**
 * A clinical report printed as fixed-width text repeats a running header on every page whose patient row is led by the
 * name and goes on with labelled columns ("DOE, JANE B        MR#: 000123    ACCT#: 55009    DOB: 04/09/1940  SEX: F",
 * Meditech-/Cerner-style report headers). printedColumns skips rows with colons, so that row went unread. Its columns
 * (runs of two or more spaces part them) are the report's banner line when it is the one such row: the same row
 * repeated on each page counts once, two different rows (a census, a list of patients) make none.
 */
export function printedNameRow(rows: readonly string[]): string[] | null {
  let found: string | null = null;
  for (const raw of rows) {
    const row = raw.trim();
    const cols = row.split(/\s{2,}/);
    if (cols.length < 3 || cols[0]?.includes(':') || /\d/.test(cols[0] ?? '') || !nameLedLabels(row.replace(/\s{2,}/g, '  '))) continue;
    if (found !== null && found !== row) return null;
    found = row;
  }
  return found === null ? null : found.split(/\s{2,}/);
}
