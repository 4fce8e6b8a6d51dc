import { cleanText } from '../parse/text';
import { up } from '../dom';

/** A heading that names a hospital stay: the block under it is that stay's. Not "Admission" alone (an admissions office's form). */
export const HOSPITAL_STAY = /\b(?:hospitali[sz]ations?|hospital stay|inpatient|acute stay)\b/i;
export const FACILITY = /^label "((?:facility|hospital)(?: name)?)\s*:?"$/i;

/**
 * A facility labelled in a plain block beside the stay's dates ("<h3>Hospitalization</h3> Hospital Name … Admission
 * Date … Discharge Date", "<h3>Inpatient Admit</h3> Facility … Admit date …"): the facility is where the stay is when
 * the block is that stay's by its heading, its first element, naming a hospital stay, with no other heading before them. A
 * facility beside an admission no heading names as a hospital stay may be the user's or the agency's, and is not read.
 */
export function headedStayPlace(place: { el: Element; how: string }, stayEls: Element[]): boolean {
  // The label in an element of its own ("<span>Facility</span>…"): never a label word read at the head of a longer text ("Facility contact …").
  const label = FACILITY.exec(place.how);
  if (!label || cleanText(place.el.textContent ?? '').trim().replace(/\s*:$/, '').toLowerCase() !== (label[1] as string).toLowerCase()) return false;
  for (let block = up(place.el), k = 0; block && k < 3; block = up(block), k++) {
    if (!stayEls.some((s) => block.contains(s))) continue;
    const head = block.firstElementChild;
    if (!head || !isHeading(head) || !HOSPITAL_STAY.test(cleanText(head.textContent ?? ''))) return false;
    // A later heading opens another section: the place and the stay's dates come before it.
    const own = [place.el, ...stayEls.filter((s) => block.contains(s))];
    return Array.from(block.querySelectorAll('h1, h2, h3, h4, h5, h6')).every((h) => h === head || own.every((e) => (h.compareDocumentPosition(e) & 2) !== 0));
  }
  return false;
}

/**
 * A heading element, or a card's title drawn as one: role=heading, or a line holding only its bold text
 * ("<div class=heading6><b>Inpatient episode</b></div>", low-code UI kits style a div, not an <h6>).
 */
function isHeading(el: Element): boolean {
  if (/^H[1-6]$/.test(el.tagName.toUpperCase()) || el.getAttribute('role') === 'heading') return true;
  const only = el.childElementCount === 1 ? el.firstElementChild : null;
  return !!only && /^(?:B|STRONG)$/.test(only.tagName.toUpperCase()) && cleanText(only.textContent ?? '') === cleanText(el.textContent ?? '');
}
