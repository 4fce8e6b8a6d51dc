import { tagOf } from '../tag';

const HEADING = /^H[1-6]$/;
const ROWS: Record<string, string> = { TABLE: 'tr', UL: ':scope > li', OL: ':scope > li', DL: ':scope > dt' };

/**
 * A heading whose words are a label's ("Program Enrollment", "Admission") over a table or a list of several rows
 * titles that section: the rows are its values, each under its own column or label, never one value of the
 * heading's (the table's text would give its first date to the heading's label). True when `label` is a heading
 * and `value` holds two rows or more.
 */
export function titlesRows(label: Element, value: Element | null): boolean {
  if (!value || !HEADING.test(tagOf(label))) return false;
  const rows = ROWS[tagOf(value)];
  return !!rows && value.querySelectorAll(rows).length >= 2;
}
