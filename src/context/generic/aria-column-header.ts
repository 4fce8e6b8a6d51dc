/**
 * An ARIA grid's column header (role="columnheader", as bed boards, census grids and virtualised tables draw
 * with divs and spans) captions a column of rows, one per person: the element beside it is the next column's
 * header, never its value ("Age/Sex" beside "RN" read as a sex). A <th> head row is handled by its table's
 * rows (column-header.ts); a div grid has none to walk, so its header labels nothing.
 */
export function ariaColumnHeader(el: Element): boolean {
  return el.closest('[role="columnheader"]') !== null;
}
