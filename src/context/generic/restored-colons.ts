import { matchLabel } from './labels';

/** Fields whose label gets its colon back before a value with a digit: identifiers (the client's or not), the birth date, a phone. */
const DIGIT_VALUED = new Set(['mrn', 'dob', 'phone', null]);
const SEX_WORD = /^(?:m|f|male|female|x|u|unknown|non-?binary)$/i;

/**
 * "Arneberg, Solveig MRN B0082715 DOB 03/29/1977 Sex Female Phone (206) 555-0144": many banners print their labels
 * without colons, and a line read as labelled pairs finds its labels by their colons. The text with a colon put back
 * after each known label whose value follows in the shape that label's values have (a digit for an identifier, a
 * birth date or a phone; a sex word for the sex), else null. Never after a name's, a place's or a stay's label, nor a
 * bare word ("Patient", "Home"): their values have no shape to tell the label from a value's own words.
 */
export function withLabelColons(text: string): string | null {
  if (/[:=](?:\s|$)/.test(text)) return null;
  const words = text.split(' ');
  let changed = false;
  for (let j = 0; j < words.length - 1; j++) {
    if (!/^[A-Za-z#]/.test(words[j] as string)) continue;
    for (let m = Math.min(4, words.length - 1 - j); m >= 1; m--) {
      const rule = matchLabel(words.slice(j, j + m).join(' '));
      const next = words[j + m] as string;
      if (!rule || rule.bare || rule.period || rule.part) continue;
      if (rule.field === 'sex' ? !SEX_WORD.test(next) : !DIGIT_VALUED.has(rule.field) || !/\d/.test(next)) continue;
      words[j + m - 1] += ':';
      changed = true;
      j += m - 1;
      break;
    }
  }
  return changed ? words.join(' ') : null;
}
