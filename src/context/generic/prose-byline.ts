import { tagOf } from '../tag';
import { parseDate } from '../parse/dates';

/** Four words or more ending a sentence: prose, not a chip, an identifier or a date after a name. */
const SENTENCE = /^[\s:,;–—-]*\S+(?:\s+\S+){3,}[.!?]["”’)]?\s*$/;

/**
 * "<p><b>Dmitri Castellanos</b> Replacement approved; sending 2 sensors.</p>": a bold name opening a paragraph of
 * prose is the byline of a message or a note entry (an agent's, a clinician's, a relative's), not the title of the
 * record it sits beside. Prose that dates something may be about the client ("… was seen on 12/01/2026."), and the
 * rules for a client named in a sentence read it: it is left to them.
 */
export function proseByline(el: Element): boolean {
  const tag = tagOf(el);
  const parent = el.parentElement;
  if ((tag !== 'B' && tag !== 'STRONG') || !parent) return false;
  let first = parent.firstChild;
  while (first && first.nodeType === 3 && !first.nodeValue?.trim()) first = first.nextSibling;
  if (first !== el) return false;
  let rest = '';
  for (let n = el.nextSibling; n && rest.length < 400; n = n.nextSibling) rest += n.textContent ?? '';
  return SENTENCE.test(rest) && !parseDate(rest);
}
