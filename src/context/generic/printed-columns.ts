import { matchLabel } from './labels';

/**
 * A roll-and-scroll report printed in a <pre> sets its heading row's values in fixed-width columns with no labels
 * ("DOE,JOHN Q          666-12-3456          OCT 22,1956"): there runs of two or more spaces part the values, as
 * separators do in a banner line. The row's columns, when it is the report's one row led by a name (no digit, no
 * colon) with a value after it; none when several rows are (a census printed as text) or a row of column titles
 * makes the text a table (one result under "NAME  SSN  DOB" is a search's).
 */
export function printedColumns(rows: readonly string[]): string[] | null {
  let found: string[] | null = null;
  for (const row of rows) {
    if (row.includes(':')) continue;
    const cols = row.trim().split(/\s{2,}/);
    if (cols.length < 2) continue;
    if (cols.filter((c) => matchLabel(c)).length >= 2) return null;
    if (cols.length > 8 || /\d/.test(cols[0] as string) || !cols.slice(1).some((c) => /\d/.test(c))) continue;
    if (found) return null;
    found = cols;
  }
  return found;
}
