import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { matchLabel } from './labels';
import { namesRelative } from './relative-sentence';

/**
 * Whose a labelled value is. Contact lists print a relative's name and birth date run together in one value
 * ("Head of family | Minh Van NGUYEN, DOB 04/11/1959") in the shape of a banner line: the label before the value
 * (a definition's term, a form row's label, a header cell) says it is someone else's, as a table row's first cell
 * does (cda-row.ts). A label of another thing (an encounter's, a number that is not the record's) counts too.
 */
export function othersValue(el: Element): boolean {
  for (let cur: Element | null = el, k = 0; cur && k < 2; cur = cur.parentElement, k++) {
    const prev = cur.previousElementSibling;
    const term = prev && ((tagOf(cur) === 'DD' && tagOf(prev) === 'DT') || tagOf(prev) === 'LABEL' || tagOf(prev) === 'TH');
    if (!term) continue;
    const label = shortText(prev, 60) ?? '';
    const rule = matchLabel(label);
    return rule ? rule.field === null || !!rule.period : namesRelative(label);
  }
  return false;
}
