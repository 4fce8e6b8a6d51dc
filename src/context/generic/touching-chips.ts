import { cleanText, shortText } from '../parse/text';

/**
 * Inline elements side by side with no text between them ("<span>Tenant</span><span>J. Doe</span>"): a minifier drops
 * the white space between tags, and component frameworks never write it; a stylesheet's margin or gap still sets the
 * pieces apart on screen, so a person reads two words where textContent gives "TenantJ. Doe" (a caption glued to the
 * name, a first name to its middle initial). A word break goes where one element ends and the next begins; text
 * between them (", ", "|") is kept as it is, so a word split over an element and a text node ("<b>Mc</b>Gill") still
 * reads whole.
 */
export function touchingChildren(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.previousSibling !== null && c.previousSibling === c.previousElementSibling) return true;
  return false;
}

/**
 * The element's text (as shortText reads it, what `shown` says is hidden left out) with a word break between touching
 * child elements, or null past `max` characters; shortText's own text where no children touch.
 */
export function textApartAtTouches(el: Element, max: number, maxNodes = 400, shown?: (el: Element) => boolean): string | null {
  // A shadow host or a slot renders other nodes than its children: shortText reads those.
  if (el.shadowRoot || el.localName === 'slot' || !touchingChildren(el)) return shortText(el, max, maxNodes, shown);
  if (shown && !shown(el)) return '';
  let raw = '';
  // As shortText, a node budget: a hostile page may hang thousands of empty elements under one parent.
  let count = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (++count > maxNodes) return null;
    if (n.nodeType === 3) raw += n.nodeValue ?? '';
    else if (n.nodeType === 1) raw += `${n.previousSibling?.nodeType === 1 ? ' ' : ''}${shortText(n, max, maxNodes, shown) ?? ''}`;
    if (raw.length > max * 4) return null;
  }
  const text = cleanText(raw);
  return text && text.length <= max ? text : null;
}
