import { tagOf } from '../tag';
import { cleanText } from '../parse/text';
import { matchLabel } from './labels';

/**
 * "<div><span>Employee</span><b>Castellano, Rafael D.</b></div><div><span>Employee #</span>E-0077291</div>
 * <div><span>Date of birth</span>…": a header of rows, each a caption in an element of its own stacked before its
 * value, no colon anywhere. A bare word ("Employee", "Patient", "Member") is a caption there as in a table's cell:
 * the row leads with it, and at least two of its sibling rows lead with an element of the same tag that is a label
 * standing without that help, their values plain text after it. Rows of two like elements (tr-classed-label.ts) say
 * nothing of which is the caption.
 */
export function captionOfRows(el: Element): boolean {
  const row = el.parentElement;
  const block = row?.parentElement;
  if (!row || !block || row.firstElementChild !== el || el.childElementCount > 0 || row.childElementCount > 2) return false;
  let labels = 0;
  for (let sib = block.firstElementChild, n = 0; sib && n < 30; sib = sib.nextElementSibling, n++) {
    const lead = sib === row ? null : sib.firstElementChild;
    // Its value is the row's own text, so the markup itself sets the caption apart (two spans alike set nothing apart).
    if (!lead || tagOf(lead) !== tagOf(el) || sib.childElementCount !== 1 || !sib.lastChild || sib.lastChild.nodeType !== 3) continue;
    const rule = matchLabel(cleanText(lead.textContent ?? ''));
    if (rule && !rule.bare && ++labels >= 2) return true;
  }
  return false;
}
