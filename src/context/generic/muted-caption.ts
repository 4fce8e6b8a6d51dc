import type { VisibilityChecker } from '../dom';
import { INLINE_TAGS, shortText } from '../parse/text';
import { tagOf } from '../tag';
import { matchLabel } from './labels';

/** Siblings looked past (whitespace, hidden icons) for the value a muted caption sits before. */
const MAX_SIBLINGS = 8;

/**
 * A "visually hidden" caption before a shown value (`<span class="sr-only">Date of birth</span> 03/14/1961`,
 * an icon beside it for sighted users): a screen reader announces the two together, and the rules read them so.
 * Only a caption, and only with its value right after it in its parent: hidden text that is not one of ours
 * stays unread, as any hidden text does (dom.ts isMuted), and so does a caption kept apart for aria-labelledby.
 */
export function mutedCaption(el: Element, vis: VisibilityChecker): boolean {
  if (!vis.isMuted(el) || !valueBeside(el, vis)) return false;
  const text = shortText(el, 60);
  return !!text && matchLabel(text) !== null;
}

function valueBeside(el: Element, vis: VisibilityChecker): boolean {
  let n = el.nextSibling;
  for (let i = 0; n && i < MAX_SIBLINGS; n = n.nextSibling, i++) {
    if (n.nodeType === 3) {
      if (n.nodeValue?.trim()) return true;
    } else if (n.nodeType === 1 && vis.isVisible(n as Element)) {
      return INLINE_TAGS.has(tagOf(n as Element));
    }
  }
  return false;
}
