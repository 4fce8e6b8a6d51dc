import { tagOf } from '../tag';
import { cleanText } from '../parse/text';
import { matchLabel } from './labels';

const EMPHASIS = new Set(['EM', 'B', 'STRONG', 'I']);

/**
 * "<em>DOB</em> 01/14/1997 <em>MRN</em> 4410298 … <em>Home</em> (216) 555-0159": a block that sets every label in
 * one emphasis element and its value after it in plain text. A phone's bare kind ("Home", "Work") is a label there as
 * it is before a colon or in a cell: at least two of its block's other elements of the same tag are labels that
 * stand without that help. Only a phone's word: a bare "Patient" titles too much else to be read so.
 */
export function styledLikeLabels(el: Element): boolean {
  if (!EMPHASIS.has(tagOf(el))) return false;
  const block = el.parentElement?.parentElement;
  if (!block) return false;
  let labels = 0;
  for (const other of Array.from(block.getElementsByTagName(el.localName)).slice(0, 40)) {
    if (other === el) continue;
    const rule = matchLabel(cleanText(other.textContent ?? ''));
    if (rule && !rule.bare && ++labels >= 2) return true;
  }
  return false;
}
