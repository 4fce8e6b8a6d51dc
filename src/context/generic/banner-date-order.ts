import type { DateOrder } from '../types';

/** Numeric dates with a four-digit year and one separator throughout ("28/11/2026", "11.02.1939"). */
const NUMERIC = /(?<![\d/.-])(\d\d?)([/.-])(\d\d?)\2\d{4}(?![\d/.-])/g;

/**
 * The order a page writes its numeric dates in, where its own dates prove it: a day above 12 first
 * ("28/11/2026") proves day-first, a day above 12 second ("11/28/2026") month-first. Apps print every
 * date of a page one way, so a banner's "11/02/1939" beside "Admitted: 28/11/2026" is 11 February.
 * Both proofs, or none: undefined (the caller keeps its default and flags the ambiguity).
 */
export function pageDateOrder(doc: Document): DateOrder | undefined {
  const text = (doc.body?.textContent ?? '').slice(0, 200_000);
  let dmy = false;
  let mdy = false;
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dmy = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'DMY' : 'MDY';
}
