import { tagOf } from '../tag';

/**
 * A table's own heading row: one cell across the table ("<tr><td colspan=4><b>Guarantor</b></td></tr>") over rows of
 * captions and values, as server-rendered inquiry and face-sheet forms title each block of one layout table. It heads
 * the rows after it as a legend heads its fieldset.
 */
export function headingRow(row: Element): boolean {
  if (tagOf(row) !== 'TR' || row.childElementCount !== 1) return false;
  const next = row.nextElementSibling;
  return !!next && tagOf(next) === 'TR' && next.childElementCount > 1;
}
