import { shortText } from '../parse/text';
import { matchLabel } from './labels';
import { isColumnHeader } from './column-header';

/** Header words of a column about people or their identity: such a table may list patients. */
const PERSON_HEADER = /patient|member|client|resident|person|\bpt\b|name|\bid\b|#|mrn|birth|dob|\bage\b/i;

/**
 * A row of a chart's record table (medications, notes, orders, results): its columns are headed,
 * and no heading names a person or an identity. Its start date is no birth date and its prescriber or
 * author is no client, so its cells never make an identity line, nor do its rows make a list of people.
 */
export function recordRow(el: Element): boolean {
  const table = el.closest('tr')?.closest('table');
  if (!table) return false;
  const headers = Array.from(table.querySelectorAll('th')).slice(0, 20).filter(isColumnHeader);
  return headers.length >= 2 && headers.every((h) => {
    const text = shortText(h, 40) ?? '';
    const field = matchLabel(text)?.field;
    return !PERSON_HEADER.test(text) && field !== 'name' && field !== 'mrn' && field !== 'dob';
  });
}
