import { tagOf } from '../tag';
import { cleanText } from '../parse/text';
import { matchLabel } from './labels';

/**
 * "<div><span>Employee</span><b>Castellano, Rafael D.</b></div><div><span>Employee #</span>E-0077291</div>
 * <div><span>Date of birth</span>…": a header of rows, each a caption in an element of its own stacked before its
 * value, no colon anywhere. A bare word ("Employee", "Patient", "Member") is a caption there as in a table's cell:
 * the row leads with it, and at least two of its sibling rows lead with an element of the same tag that is a label
 * standing without that help.
 */
export function captionOfRows(el: Element): boolean {
  const row = el.parentElement;
  const block = row?.parentElement;
  if (!row || !block || row.firstElementChild !== el || el.childElementCount > 0 || row.childElementCount > 2) return false;
  let labels = 0;
  for (let sib = block.firstElementChild, n = 0; sib && n < 30; sib = sib.nextElementSibling, n++) {
    const lead = sib === row ? null : sib.firstElementChild;
    if (!lead || tagOf(lead) !== tagOf(el)) continue;
    const rule = matchLabel(cleanText(lead.textContent ?? ''));
    if (rule && !rule.bare && ++labels >= 2) return true;
  }
  return false;
}
