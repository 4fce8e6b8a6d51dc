import { shortText } from '../parse/text';
import { RELATION } from './relation-words';

const RELATIONSHIP = /^(?:relationship|relation|rel\.?|relationship to (?:patient|client|child))\s*:?$/i;

/**
 * A small table of label and value cells one of whose rows gives a "Relationship" naming kin ("Name: | Carlos Moreno |
 * Relationship: | Father", then "Sex", "Phone", "DOB" rows) is that relative's record, as a demographics card's
 * Guardian or Contact tab prints it in the same cells as the client's own Who tab: every value in it is theirs, not
 * only the row's (kin-row.ts). A table of many rows, or giving a relationship in several, is a list of people a row each.
 */
export function inKinTable(el: Element): boolean {
  const table = el.closest('table');
  // Asked for every labelled cell: a long table is ruled out before its rows are gathered (an XML document's
  // <table>, a raw CDA narrative's, has no rows collection).
  if (!table || ((table as Partial<HTMLTableElement>).rows?.length ?? 0) > 8) return false;
  const rows = Array.from(table.querySelectorAll('tr'));
  if (rows.length === 0 || rows.length > 8) return false;
  // The relationship's value, in each row that gives one: a table giving it in several rows lists people a row each.
  const kin = rows.flatMap((row) => {
    const cells = Array.from(row.children);
    const at = cells.findIndex((c, i) => i + 1 < cells.length && RELATIONSHIP.test(shortText(c, 40)?.trim() ?? ''));
    return at < 0 ? [] : [shortText(cells[at + 1] as Element, 40) ?? ''];
  });
  return kin.length === 1 && RELATION.test(kin[0] as string);
}
