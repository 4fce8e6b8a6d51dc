import { tagOf } from '../tag';
import { inBannerBox } from './banner-record-grid';

/**
 * Face sheets print a record as a grid whose label rows sit above value rows ("Resident Name | Resident # |
 * Room/Bed" over "FAIRBAIRN, ODETTE L | 40261 | 3-312-A", then the next label row): each header cell
 * labels the one cell below it, not a column. Only a table made of at least two such pairs of rows is
 * one; a head row over one row is a list of one (a search result), unless the document's title right above it
 * names one record ("ADMISSION RECORD", "Face Sheet": a short record fits in one pair of rows) or the table sits in
 * the page's banner (banner-record-grid.ts), and a row about
 * relationships or roles lists other people.
 */
const RECORD_TITLE = /^(?:(?:resident|patient|client|admission) )?(?:admission record|face ?sheet|record of admission)$/i;

/**
 * A face sheet's section heading that says whose details follow ("Patient Information") over a head row that prints the
 * name in parts ("Last Name | First Name | MI | DOB"): a search result's list of one is headed by the search, not by the
 * person's details, and a record's head row with no name column keeps to its column reading (column-record-table.ts).
 */
const DETAILS_TITLE = /^(?:patient|resident|client|member)(?:'s)? (?:information|demographics|details)$/i;
const NAME_PART_CAPTION = /^(?:last|first|family|given|sur) ?name$/i;
const namedInParts = (row: Element) => Array.from(row.children).some((c) => NAME_PART_CAPTION.test((c.textContent ?? '').trim()));

function underRecordTitle(th: Element): boolean {
  const title = th.closest('table')?.previousElementSibling;
  const text = (title?.textContent ?? '').trim();
  return !!title && /^H[1-3]$/.test(tagOf(title)) && (RECORD_TITLE.test(text) || (DETAILS_TITLE.test(text) && !!th.parentElement && namedInParts(th.parentElement)));
}

export function cellBelow(th: Element): Element | null {
  const row = th.parentElement as HTMLTableRowElement;
  // An XML document's own `table` (a raw C-CDA's narrative) has no rows: none is a grid.
  const rows = Array.from((th.closest('table') as HTMLTableElement).rows ?? []);
  const i = row.rowIndex;
  const grid = (rows.length > 3 || (rows.length === 2 && (underRecordTitle(th) || inBannerBox(th.closest('table') as Element)))) && rows.length < 25 && !(rows.length % 2) && !(i % 2) && !/relation|role/i.test(row.textContent ?? '');
  return grid && rows.every((r, k) => r.cells.length === row.cells.length && Array.from(r.cells).every((c) => (tagOf(c) === 'TH') === !(k % 2)))
    ? (rows[i + 1]?.cells[(th as HTMLTableCellElement).cellIndex] ?? null)
    : null;
}

/** A value row of such a grid: read through its labels, never as a banner line. */
export function valueRow(el: Element): boolean {
  const above = tagOf(el) === 'TR' && el.previousElementSibling?.firstElementChild;
  return !!above && tagOf(above) === 'TH' && !!cellBelow(above);
}
