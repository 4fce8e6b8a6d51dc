import { matchLabel } from './labels';

/** Fields whose colon-less label may start a second pair inside a value: identifiers, the birth date, a phone. */
const RUN_ON = new Set(['mrn', 'dob', 'phone', null]);
/** An identifier's noun alone, which says what kind of number follows only with the words before it. */
const ID_NOUN = /^(?:ids?|identifiers?|numbers?|nos?\.?|nbr|#)$/i;

/**
 * "MRN 4410233 Acct Nbr 9920114", "Patient Name Jane Doe MRN 4410233 DOB 08/19/1948": where a banner prints its labels
 * without colons or separators, the next label of an identifier, a birth date or a phone, followed by a value with a
 * digit, ends the value before it. The index of that label's first word in `words` (past `from`), else -1. A place's
 * ("Room 12 Bed 3") and a name's words never end a value: they are one value's parts as often as labels.
 */
export function runOnLabelAt(words: readonly string[], from: number): number {
  for (let j = from + 1; j < words.length - 1; j++) {
    if (!/^[A-Za-z#]/.test(words[j] as string)) continue;
    for (let m = Math.min(3, words.length - 1 - j); m >= 1; m--) {
      const label = words.slice(j, j + m).join(' ');
      // "Social Beneficiary Identifier 1QA7-…": a bare id noun after a word with no digit ends that word's caption
      // ("Beneficiary Identifier", "Claim Number"), which names its kind: it does not start a label of its own.
      if (ID_NOUN.test(label) && !/\d/.test(words[j - 1] as string)) continue;
      const rule = matchLabel(label);
      if (rule && !rule.bare && !rule.period && !rule.part && RUN_ON.has(rule.field) && /\d/.test(words[j + m] as string)) return j;
    }
  }
  return -1;
}
