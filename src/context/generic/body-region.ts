import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { looksLikeShownName } from './name-shape';

/** Children of <body> looked at for name headings: a bare page is short, a long one is a list or a document. */
const MAX_CHILDREN = 200;

/**
 * A bare page printing its one record straight under <body> ("<h1>Jane Doe</h1><p>DOB: …</p><p>MRN: …</p>": a
 * server template, a printout): no element but the body holds the name and the identity, and the body as a
 * region is refused (it holds the user's bar and a list as readily). The heading stands for the record's region
 * when the identity's labels are the body's own children (or inside them), it comes before them, and it is the one
 * heading among the body's children that reads as a person's name: two such headings are two people, a list.
 */
export function bodyHeading(anchors: Element[], doc: Document): Element | null {
  const body = doc.body;
  if (!body || !anchors.every((a) => a.parentElement === body || a.parentElement?.parentElement === body)) return null;
  let found: Element | null = null;
  for (let c = body.firstElementChild, k = 0; c && k < MAX_CHILDREN; c = c.nextElementSibling, k++) {
    if (!/^H[1-3]$/.test(tagOf(c))) continue;
    const text = shortText(c, 80);
    if (!text || !text.includes(' ') || !looksLikeShownName(text)) continue;
    if (found) return null;
    found = c;
  }
  // The heading titles what follows it.
  return found && anchors.every((a) => found.compareDocumentPosition(a) & 4) ? found : null;
}
