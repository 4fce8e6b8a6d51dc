import { tagOf } from '../tag';
import { matchLabel } from './labels';

/** A caption of a few words ending in a colon, the text right before a bold value. */
const CAPTION = /(?:^|[\s·|,;])(\p{L}[\p{L} .'’/-]{0,28}):\s*$/u;

/**
 * "Sales owner: <strong>Noelani Kahale</strong>", "Assigned to <b>…</b>": a bold name right after a caption in the
 * same line is that caption's value (an owner's, an agent's), not the record's title. A caption that labels the
 * client's name, or says whom the document is for ("Discharge Instructions for:"), leaves it a candidate. Without its
 * colon a caption is told only by being a known label: the last one to three words before the name.
 */
export function captionedBold(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'B' && tag !== 'STRONG') return false;
  let prev = el.previousSibling;
  while (prev && prev.nodeType === 3 && !prev.nodeValue?.trim()) prev = prev.previousSibling;
  if (!prev || prev.nodeType !== 3) return false;
  const text = prev.nodeValue ?? '';
  const caption = CAPTION.exec(text)?.[1];
  if (caption) return !/\s(?:for|of|about)$/i.test(caption) && matchLabel(caption)?.field !== 'name';
  const words = text.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const rule = matchLabel(words.slice(-k).join(' '));
    if (rule) return rule.field === null;
  }
  return false;
}
