import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/** The row of column headers right above a table row: the previous row, or the head's last row above the body's first. */
function headRow(row: Element): Element | null {
  const prev = row.previousElementSibling ?? (tagOf(row.parentElement as Element) === 'TBODY' ? row.parentElement?.previousElementSibling?.lastElementChild : null);
  return prev && tagOf(prev) === 'TR' && tagOf(prev.firstElementChild as Element) === 'TH' ? prev : null;
}

/** A column saying how each row's person stands to the client: the rows are relatives, contacts or carers. */
const RELATION = /^(?:relationship|relation|rel\.?|relationship to (?:patient|member|client|resident))$/i;
/** A name column is the client's only when its header says so ("Member", "Patient Name"); "Name" heads anyone's. */
const NAME = /\bname\b/i;
const CLIENT = /\b(?:patient|member|client|resident|participant|enrollee|consumer)\b/i;
const notClientColumn = (head: string) => RELATION.test(head) || (NAME.test(head) && !CLIENT.test(head));

/**
 * A member strip printed as a table ("Member Name | Member ID | DOB | Gender | Assessor" over one row of
 * values): each value is read under its column's header, as a labelled value ("Member ID: W70023118"),
 * instead of by its shape alone, which leaves an identifier unread and takes a column's date for anyone's.
 * Null unless every cell has its header, and for a table whose rows may be anyone's: one with a relationship column
 * or a name column not headed as the client's (a contacts table with one contact is the daughter's row). The reader
 * asks of a table's last row only when a header cell is just above it: the one row of values under its headers (more
 * rows are a list).
 */
export function headedRow(row: Element, seen: (el: Element) => boolean): string[] | null {
  const head = headRow(row);
  const heads = head ? Array.from(head.children) : [];
  const cells = Array.from(row.children);
  if (heads.length !== cells.length || heads.some((h) => tagOf(h) !== 'TH' || notClientColumn(shortText(h, 40) ?? ''))) return null;
  const tokens: string[] = [];
  cells.forEach((cell, i) => {
    const value = seen(cell) ? shortText(cell, 120, 40, seen) : null;
    const label = shortText(heads[i] as Element, 40)?.replace(/\s*:$/, '');
    if (value) tokens.push(label ? `${label}: ${value}` : value);
  });
  return tokens;
}
