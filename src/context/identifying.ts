/**
 * Words that identify the patient on screen (their name, MRN, date of birth), lower case and
 * without accents: a selector token containing one would find this one client only, and would
 * carry their identity into the stored profile.
 */
export function identifyingWords(values: readonly (string | undefined)[]): string[] {
  const words = values.flatMap((value) => {
    const plain = fold(value ?? '');
    // "AT-1912" and "1950-01-05" also appear written without their separators.
    return [...plain.split(/[^\p{L}\p{N}]+/u), plain.replace(/[^\p{L}\p{N}]+/gu, '')];
  });
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/**
 * Whether `selector` mentions one of `words` (see identifyingWords): as a part of a token, split
 * where words are written together ("patient-DOE", "janeDoeBanner", "mrn100234"), so "banner" is
 * not taken for the name "Ann".
 */
export function mentionsAny(selector: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const parts = new Set(
    selector
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_m, l1, n1, n2, l2) => (l1 ? `${l1} ${n1}` : `${n2} ${l2}`))
      .split(/[^\p{L}\p{N}]+/u)
      .map(fold),
  );
  const whole = fold(selector).replace(/[^\p{L}\p{N}]+/gu, '');
  return words.some((word) => parts.has(word) || (word.length >= 6 && whole.includes(word)));
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
