import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * Check-in and intake tools show the text read off the insurance card's image ("Insurance card (front) — OCR",
 * "OCR: ACME HEALTH • Member: JANE DOE • ID …"). A card names its member, who is often the subscriber or guarantor
 * (a parent, a spouse), and its id is the plan's: no name, number or birth date there is the client's record.
 * Known by a caption before the block or opening it, or by the block's own text starting with "OCR".
 */
const CARD_CAPTION = /\b(?:insurance|member(?:ship)?|id|medicare|medicaid|benefits?) cards?\b|\bcard (?:image|scan|front|back)s?\b|\bOCR\b/i;
const OCR_LEAD = /^\s*OCR\b/i;

function caption(el: Element | null | undefined): boolean {
  if (!el) return false;
  const text = shortText(el, 60);
  return text !== null && CARD_CAPTION.test(text);
}

export function inInsuranceCard(el: Element): boolean {
  if (OCR_LEAD.test(shortText(el, 400) ?? '')) return true;
  for (let cur: Element | null = el, k = 0; cur && k < 4; cur = cur.parentElement, k++) {
    if (tagOf(cur) === 'BODY' || tagOf(cur) === 'MAIN') return false;
    if (caption(cur.previousElementSibling)) return true;
    const head = cur.firstElementChild;
    if (head && head !== el && !head.contains(el) && caption(head)) return true;
  }
  return false;
}
