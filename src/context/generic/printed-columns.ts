import { matchLabel } from './labels';

/**
 * A roll-and-scroll report printed in a <pre> sets its heading row's values in fixed-width columns with no labels
 * ("DOE,JOHN Q          666-12-3456          OCT 22,1956"): there runs of two or more spaces part the values, as
 * separators do in a banner line. The row's columns, when it is the report's one row led by a name (no digit, no
 * colon) with a value after it (a label printer's band labels the client's numbers: "MRN:5530218"); none when several rows are (a census printed as text) or a row of column titles
 * makes the text a table (one result under "NAME  SSN  DOB" is a search's).
 */
export function printedColumns(rows: readonly string[]): string[] | null {
  let found: string[] | null = null;
  for (const row of rows) {
    const cols = row.trim().split(/\s{2,}/);
    // Not a label row ("NAME: DOE, JOHN", "PATIENT INQUIRY   Printed: …"); a label printer's band labels only the
    // client's numbers after the name ("DOE, JOHN Q  F  MRN:5530218").
    if (cols.length < 2 || !cols.every((c, i) => !c.includes(':') || (i > 0 && !!matchLabel(c.split(':')[0] as string)?.field))) continue;
    if (cols.filter((c) => matchLabel(c)).length >= 2) return null;
    if (cols.length > 8 || /\d/.test(cols[0] as string) || !cols.slice(1).some((c) => /\d/.test(c))) continue;
    if (found) return null;
    found = cols;
  }
  return found;
}
