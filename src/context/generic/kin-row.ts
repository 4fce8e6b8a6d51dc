import { shortText } from '../parse/text';
import { RELATION } from './relation-words';

const RELATIONSHIP = /^(?:relationship|relation|rel\.?|relationship to (?:patient|client|child))\s*:?$/i;

/**
 * A name labelled in a row of label and value cells that also gives a "Relationship" naming kin ("Name | WHITFIELD,
 * BRIGID | Relationship | Mother | Phone | …", a registry's or a school's responsible persons) is that relative's,
 * as a contact's name is: the row's label cell says whose the row is.
 */
export function kinRowName(label: Element): boolean {
  const row = label.closest('tr, [role=row]');
  if (!row) return false;
  const cells = Array.from(row.children);
  return cells.some((c, i) => RELATIONSHIP.test(shortText(c, 40) ?? '') && RELATION.test(shortText(cells[i + 1] ?? c, 40) ?? ''));
}
