import { RELATION } from './relation-words';
import { OTHERS_SECTION } from './others';

/**
 * Whether the word right before a bold name calls that person a relative, a representative or someone else around
 * the client ("… and her representative, <b>Arturo Moreno</b>, born …", "Daughter: <b>…</b>"). Admission agreements,
 * referral letters and consents name the client and those who sign for them in one sentence: the name so
 * introduced is theirs.
 */
export function relativeLead(c: Element): boolean {
  const before = c.previousSibling;
  const word = before?.nodeType === 3 ? /(\S+?)\W*$/.exec(before.textContent ?? '')?.[1] : undefined;
  return !!word && (RELATION.test(word) || OTHERS_SECTION.test(word));
}
