import { cleanText } from '../parse/text';
import { tagOf } from '../tag';

const isBreak = (n: Node) => n.nodeType === 1 && tagOf(n as Element) === 'BR';

/**
 * A printed form's box that gives its caption as bare text, a line break, then its value ("6. Patient's Name and
 * Address<br>OKAFOR, CHIDI E<br>1180 Lincoln Ave", "8. Date of Birth<br>07/02/1959", CMS-485-style certificates):
 * the caption is what comes before the first break (a box number in an element of its own included), the value the
 * line after it. Only a box whose caption holds no block of its own.
 */
export function captionOverBreak(box: Element): { caption: string; value: string } | null {
  let caption = '';
  let n = box.firstChild;
  for (; n && !isBreak(n); n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).firstElementChild) return null;
    caption += n.textContent ?? '';
  }
  if (!n) return null;
  let value = '';
  for (n = n.nextSibling; n && !isBreak(n); n = n.nextSibling) value += n.textContent ?? '';
  caption = cleanText(caption);
  value = cleanText(value);
  return caption && caption.length <= 60 && value && value.length <= 80 ? { caption, value } : null;
}
