import { cleanText } from '../parse/text';
import { tagOf } from '../tag';

const DATE_SHAPED = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/**
 * A recall, continuing-care or maintenance table heads its date columns "Last", "Due", "Next": the bare word that
 * captions a family name on a registration form. Over a column of dates it names no one (a continuing-care row "Perio
 * maint | 3 months | 09/03/2026 | 12/03/2026" is no person's line, banner-record-row.ts). `header` is the column's
 * <th>; true when the first row below it holds a date in that column.
 */
export function datedColumn(header: Element): boolean {
  const row = header.parentElement;
  const table = header.closest('table');
  if (!row || !table || tagOf(row) !== 'TR') return false;
  const index = Array.from(row.children).indexOf(header);
  const below = Array.from(table.querySelectorAll('tr')).find((tr) => tr !== row && tr.querySelector('td'));
  const cell = below?.children[index];
  return !!cell && DATE_SHAPED.test(cleanText(cell.textContent ?? ''));
}
