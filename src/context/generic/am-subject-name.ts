import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';
import { hintWords } from './hints';

/** The words a header puts before whom it is about: "Video Visit Note for", "Conversation with", "Re:". */
const BEFORE = /\b(?:for|with|re)\s*:?\s*$/i;
/** An element the markup calls the patient's own ("NoteHeader_patient", "pt-link"), not a name's container. */
const WHOSE = /(?:^| )(?:patient|pt|client|member)(?: link)?$/;

/**
 * A header that names its patient inside a phrase ("Video Visit Note for <span class=…_patient>Dmitri Volkov</span>
 * (M, 58) · DOB …", "Conversation with <a>Beatriz Oliveira</a> DOB …"): the one leaf after "for" or "with", or the one
 * the markup calls the patient's, is the name when it reads as one. Asked only beside the header's birth date or record
 * number, when nothing else near it names the client; two such leaves name nobody.
 */
export function subjectName(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  // The line read may be the header's meta chips alone: the phrase is beside it, in the header around it.
  for (let scope: Element | null = region, k = 0; scope && k < 3 && scope !== scope.ownerDocument.body; scope = scope.parentElement, k++) {
    const leaves = scope.querySelectorAll('a, span, b, strong');
    if (leaves.length > 40) return null;
    const found = aboutIn(leaves, env);
    if (found !== undefined) return found === null ? null : { value: found, how: 'the name a header is about' };
  }
  return null;
}

/** The one name among the leaves (undefined: none; null: two). */
function aboutIn(leaves: NodeListOf<Element>, env: ReadEnv): string | null | undefined {
  let found: string | undefined;
  for (const el of Array.from(leaves)) {
    if (el.firstElementChild) continue;
    let prev = el.previousSibling;
    if (prev?.nodeType === 3 && !prev.nodeValue?.trim()) prev = prev.previousSibling;
    const before = prev?.nodeType === 3 ? prev.nodeValue : prev?.nodeType === 1 ? shortText(prev, 60) : null;
    if (!BEFORE.test(before ?? '') && !WHOSE.test(hintWords(el))) continue;
    const text = shortText(el, 60);
    if (!text?.includes(' ') || /^(?:dr|mr|mrs|ms)\b/i.test(text) || !looksLikeShownName(text) || !env.vis.isVisible(el)) continue;
    if (found !== undefined && found !== text) return null;
    found = text;
  }
  return found;
}
