import { INLINE_TAGS, shortText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * Record pages caption the record's title with its object type inside one heading, each in its own
 * element with nothing between them ("<h1><span>Person Account</span><span>Mr. Harold Lindqvist</span></h1>"):
 * the page's style sets them on two lines, the text alone glues them ("Person AccountMr. Harold Lindqvist").
 * Glued children are separate texts: the parts, caption first, or null when the heading reads as one text.
 */
export function gluedParts(el: Element): string[] | null {
  if (el.childElementCount < 2 || el.childElementCount > 4) return null;
  const parts: string[] = [];
  let glued = false;
  let gap = true;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      // Text of its own between the children: the heading is one line of text, read as it is.
      if (n.nodeValue?.trim()) return null;
      gap = gap || (n.nodeValue ?? '') !== '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    // Parts of a title are inline elements; blocks side by side are a form's fields, not a caption.
    if (!INLINE_TAGS.has(tagOf(n as Element))) return null;
    const text = shortText(n, 80);
    if (!text) continue;
    if (!gap && parts.length > 0) glued = true;
    parts.push(text);
    gap = false;
  }
  return glued ? parts : null;
}
