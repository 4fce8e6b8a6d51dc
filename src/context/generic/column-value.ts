import { tagOf } from '../tag';
import { isColumnHeader } from './column-header';

/**
 * A body cell of a table whose columns a head row labels ("Medication | Dose | Route | Schedule") is a value of its
 * column, past the first: a word there that a page elsewhere uses as a label ("PRN", a medication's "as needed"
 * schedule and Practice Fusion's patient record number; "ID") labels nothing, least of all the cell after it.
 * Key-value tables put their labels in the first column, under a head row or not.
 */
export function underColumnHeader(cell: Element): boolean {
  const row = cell.parentElement;
  if (tagOf(cell) !== 'TD' || !row || tagOf(row) !== 'TR' || row.firstElementChild === cell) return false;
  const table = row.closest('table');
  const head = table?.querySelector('tr');
  return !!head && head !== row && Array.from(head.children).some(isColumnHeader);
}

/**
 * A record's state written without a colon ("Enrolled", "Admitted", "Discharged") in such a body cell is its Status
 * column's value ("Complex Case Management | Enrolled | 10/14/2026"): the date in the next cell is the column's
 * after it (an enrolment's), which that word would otherwise label as the stay's.
 */
export const statusCell = (cell: Element, text: string): boolean => /^(?:(?:dis|re|un)?enrolled|(?:re)?admitted|discharged)$/i.test(text.trim()) && underColumnHeader(cell);
