import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/** A card's lines: past this the ancestor is a page section, not one person's card. */
const CARD_LINES = 8;
/** Block-level captions an app styles as a card's title (a <div class="card-header">), no heading tag. */
const CAPTION_TAGS = new Set(['DIV', 'SPAN', 'P', 'HEADER', 'LABEL']);

/**
 * Dashboard apps title their cards with a styled div, not a heading ("<div class="card-h">Emergency contact</div>"
 * over the son's name, phone and DOB lines). A small card whose first child is such a caption, and only the caption
 * (a few words, no digits, no colon: not a label with its value), says whose its lines are, as a heading would.
 */
export function othersCardCaption(el: Element, whose: RegExp): boolean {
  for (let cur: Element | null = el.parentElement, k = 0; cur && k < 3; cur = cur.parentElement, k++) {
    if (cur.childElementCount > CARD_LINES) return false;
    const head = cur.firstElementChild;
    if (!head || head === el || head.contains(el) || !CAPTION_TAGS.has(tagOf(head)) || head.firstElementChild) continue;
    const caption = shortText(head, 40) ?? '';
    if (caption && !/[\d:]/.test(caption) && caption.split(/\s+/).length <= 4 && whose.test(caption)) return true;
  }
  return false;
}
