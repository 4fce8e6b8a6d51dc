import { headsSection } from './section-head';
import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/** What a matcher's proposals are headed: "Suggested matches", "Possible match", "Potential duplicates", "Did you mean". */
const SUGGESTED = /\b(?:suggested|possible|potential|probable|likely|candidate)\s+(?:patient\s+)?(?:match(?:es)?|duplicates?)\b|\bdid you mean\b/i;

/**
 * An unmatched fax or a registration's duplicate check proposes people ("Possible match: Name … DOB … MRN …"): one
 * proposal, even alone and laid out like a record, is a guess until someone attaches the document to it. A page with
 * identity inside a block a heading, a caption or an accessible name calls such proposals reads no one: dropping only
 * what the heading reaches would leave the next proposal ("<h1>Review possible duplicate</h1><div>…</div><div>…</div>")
 * read alone.
 */
export function inSuggestedMatch(el: Element): boolean {
  for (let cur: Element | null = el, k = 0; cur && k < 6 && tagOf(cur) !== 'BODY'; cur = cur.parentElement, k++) {
    if (SUGGESTED.test(cur.getAttribute('aria-label') ?? '')) return true;
    const head = cur.firstElementChild;
    if (head && head !== el && !head.contains(el) && headsSection(head) && SUGGESTED.test(shortText(head, 60) ?? '')) return true;
    const prev = cur.previousElementSibling;
    if (prev && /^H\d$/.test(tagOf(prev)) && SUGGESTED.test(shortText(prev, 60) ?? '')) return true;
  }
  return false;
}
