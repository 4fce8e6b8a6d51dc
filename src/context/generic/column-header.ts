import { tagOf } from '../tag';
/** A table's column header (a head row's cell), which labels a column of values rather than a value. */
export function isColumnHeader(el: Element): boolean {
  if (tagOf(el) !== 'TH') return false;
  if (el.closest('thead')) return true;
  const row = el.parentElement;
  if (!row || tagOf(row) !== 'TR') return false;
  const cells = Array.from(row.children);
  return cells.length > 1 && cells.every((c) => tagOf(c) === 'TH') && el.getAttribute('scope') !== 'row';
}
