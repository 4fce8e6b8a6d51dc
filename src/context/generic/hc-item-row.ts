import { cleanText } from '../parse/text';
import { tagOf } from '../tag';

/** An item code alone in its element ("M0040", "(M0066)", "A0500."): OASIS and MDS forms print it apart from its caption. */
const CODE_ALONE = /^\(?[A-Z]{1,2}\d{3,4}[A-Z]?\)?\.?$/;
const CONTROL = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * An assessment item printed as a row ("<div><span>M0040</span>Patient Name <div>First [ ] MI [ ] Last [ ]</div></div>",
 * "<span>M0066</span>Birth Date <input>"): the code in an element of its own, the caption as the row's own text right
 * after it, then the item's controls. The row's text glues the code to the caption ("M0066Birth Date") and holds no
 * value, so no label reads it. Returns the caption and the element right after it (a control, a group of captioned
 * controls, or the first option of a choice); null for any other row, and when a control does not follow the caption.
 */
export function itemRow(row: Element): { caption: string; after: Element } | null {
  const code = row.firstElementChild;
  if (!code || code.firstElementChild || !CODE_ALONE.test(cleanText(code.textContent ?? ''))) return null;
  // Nothing but white space may come before the code: the code leads the row.
  for (let n = row.firstChild; n && n !== code; n = n.nextSibling) if (n.nodeType !== 3 || n.nodeValue?.trim()) return null;
  let caption = '';
  let n = code.nextSibling;
  for (; n && n.nodeType === 3; n = n.nextSibling) caption += n.nodeValue ?? '';
  caption = cleanText(caption).trim().replace(/\s*:$/, '');
  const after = n as Element | null;
  if (!caption || caption.length > 40 || !after || !(CONTROL.has(tagOf(after)) || after.querySelector('input, select, textarea'))) return null;
  return { caption, after };
}
