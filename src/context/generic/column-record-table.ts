import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { RESULTS } from './cm-heading-before';
import { isColumnHeader } from './column-header';

/** What lists records rather than showing one: a search region, a form's results, a list, a grid. */
const LIST_AROUND = 'form, [role="search"], [role="grid"], [role="listbox"], ul, ol';
/** A pager's controls ("Next", "‹", "Page 2"): a table beside one shows one page of a list. */
const PAGER = /^(?:next|prev(?:ious)?|first|last|[‹›«»<>]|page \d+)$/i;

/**
 * A record printed as a table with one row under a row of column captions ("MRN | DOB | Sex | Admitted", then the
 * client's values): the table, not its row, is the record's block, so a name heading beside the table titles it
 * (body-heading-name.ts). Only one data row: two are a list. Never a search's results, even of one: no caption or
 * label calling it results, nothing around it that lists or searches, no link in its row (a result row links to its
 * record) and no pager on the page.
 */
export function columnRecordTable(row: Element): Element | null {
  if (tagOf(row) !== 'TR' || !row.querySelector('td')) return null;
  const table = row.closest('table');
  const head = table?.querySelector('tr');
  if (!table || !head || head === row || !Array.from(head.children).some(isColumnHeader)) return null;
  if (Array.from(table.querySelectorAll('tr')).filter((tr) => tr.querySelector('td')).length !== 1) return null;
  if (row.querySelector('a[href]') || table.closest(LIST_AROUND)) return null;
  const caption = table.querySelector('caption');
  const title = `${caption ? (shortText(caption, 80) ?? '') : ''} ${table.getAttribute('aria-label') ?? ''}`.trim();
  if (RESULTS.test(title) || /\b(?:results?|matches|search)\b/i.test(title)) return null;
  const doc = table.ownerDocument;
  if (doc.querySelector('input[type="search"]')) return null;
  const controls = Array.from(doc.querySelectorAll('a, button')).slice(0, 300);
  return controls.some((c) => PAGER.test((c.textContent ?? '').trim()) || /\bpage\b/i.test(c.getAttribute('aria-label') ?? '')) ? null : table;
}
