/**
 * Face sheets print a record as a grid whose label rows sit above value rows ("Resident Name | Resident # |
 * Room/Bed" over "FAIRBAIRN, ODETTE L | 40261 | 3-312-A", then the next label row): each header cell
 * labels the one cell below it, not a column. Only a table made of at least two such pairs of rows is
 * one; a head row over one row is a list of one (a search result), and a row about relationships or
 * roles lists other people.
 */
export function cellBelow(th: Element): Element | null {
  const rows = (th.closest('table') as HTMLTableElement | null)?.rows;
  const row = th.parentElement as HTMLTableRowElement;
  if (!rows || rows.length < 4 || rows.length % 2 || rows.length > 24 || row.rowIndex % 2) return null;
  for (let i = 0; i < rows.length; i++) {
    const cells = Array.from((rows[i] as HTMLTableRowElement).cells);
    if (cells.length !== row.cells.length || cells.some((c) => (c.tagName === 'TH') !== (i % 2 === 0))) return null;
  }
  return /relation|role/i.test(row.textContent ?? '') ? null : ((rows[row.rowIndex + 1] as HTMLTableRowElement).cells[(th as HTMLTableCellElement).cellIndex] ?? null);
}

/** A value row of such a grid: read through its labels, never as a banner line. */
export const valueRow = (el: Element): boolean => {
  const above = el.tagName === 'TR' ? el.previousElementSibling?.firstElementChild : null;
  return !!above && above.tagName === 'TH' && cellBelow(above) !== null;
};
