import type { DateOrder } from '../types';
import { tagOf } from '../tag';
import { NOT_TEXT } from './line';

/** Numeric dates with a four-digit year and one separator throughout ("28/11/2026", "11.02.1939"). */
const NUMERIC = /(?<![\d/.-])(\d\d?)([/.-])(\d\d?)\2\d{4}(?![\d/.-])/g;
const MAX_TEXTS = 150;

/**
 * The order a page writes its numeric dates in, where its own dates prove it: a day above 12 first
 * ("28/11/2026") proves day-first, a day above 12 second ("11/28/2026") month-first. Apps print every
 * date of a page one way, so a banner's "11/02/1939" beside "Admitted: 28/11/2026" is 11 February.
 * Both proofs, or none: undefined (the caller keeps its default and flags the ambiguity).
 */
export function pageDateOrder(doc: Document): DateOrder | undefined {
  if (!doc.body) return undefined;
  // The page's first text nodes (its bars, the banner, the chart's top): a walk of a whole long page per read
  // took the generic read from 0.26 to 0.4-0.6× innerText (tests/bench/run.mjs).
  const texts = doc.createTreeWalker(doc.body, 4);
  let dmy = false;
  let mdy = false;
  for (let node = texts.nextNode(), k = 0; node && k < MAX_TEXTS; node = texts.nextNode(), k++) {
    const text = (node.nodeValue ?? '').slice(0, 2000);
    // What the page shows as text, not its code: an inline script's or style's dates prove nothing of its order.
    // A text is searched for a date before its dates are listed: matchAll copies its pattern, and most texts hold none.
    if (text.search(NUMERIC) < 0 || (node.parentElement && NOT_TEXT.has(tagOf(node.parentElement)))) continue;
    for (const m of text.matchAll(NUMERIC)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dmy = true;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) mdy = true;
    }
  }
  return dmy === mdy ? undefined : dmy ? 'DMY' : 'MDY';
}
