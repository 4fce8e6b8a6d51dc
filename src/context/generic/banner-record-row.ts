import { shortText } from '../parse/text';
import { matchLabel } from './labels';
import { datedColumn } from './dated-name-part';

/** Header words of a column about people or their identity: such a table may list patients. */
const PERSON_HEADER = /patient|member|client|resident|person|\bpt\b|name|\bid\b|#|mrn|birth|dob|\bage\b/i;

/**
 * A row of a chart's record table (medications, notes, orders, results): its columns are headed,
 * and no heading names a person or an identity. Its start date is no birth date and its prescriber or
 * author is no client, so its cells never make an identity line, nor do its rows make a list of people.
 * Asked only of a line inside a table with headings.
 */
export function recordRow(el: Element): boolean {
  const table = el.closest('tr')?.closest('table');
  if (!table) return false;
  // The head row's cells (a scope="row" cell labels its own row's value).
  // Its own: a layout table's cell holds a work area whose nested table heads that table's rows, not the layout row.
  const headers = Array.from(table.querySelectorAll('thead th, tr:first-child > th:not([scope=row])'))
    .filter((h) => h.closest('table') === table)
    .slice(0, 20);
  return headers.length >= 2 && headers.every((h) => {
    const text = shortText(h, 40) ?? '';
    const rule = matchLabel(text);
    // "Last" over a column of dates is the last visit's, no family name (dated-name-part.ts).
    const field = rule?.part && datedColumn(h) ? undefined : rule?.field;
    return !PERSON_HEADER.test(text) && field !== 'name' && field !== 'mrn' && field !== 'dob';
  });
}
