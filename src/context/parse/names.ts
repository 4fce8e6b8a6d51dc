import { cleanText } from './text';

/**
 * Person names as EHRs print them → "First Middle Last" in natural case.
 * "DOE, JANE M" → "Jane M. Doe"; "O'BRIEN, MARY-KATE" → "Mary-Kate O'Brien"; mixed case is kept.
 */

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev|sr|sra|srta|fr|sir|dame)\.?\s+/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|v|md|phd|rn|do|np|dds|esq)\.?$/i;
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii)$/i;
const LETTER = /\p{L}/u;

function isAllUpper(word: string): boolean {
  return LETTER.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}
function isAllLower(word: string): boolean {
  return LETTER.test(word) && word === word.toLowerCase() && word !== word.toUpperCase();
}

function capitalize(segment: string): string {
  if (!segment) return segment;
  const lower = segment.toLowerCase();
  const first = lower.charAt(0).toUpperCase() + lower.slice(1);
  // McDonald, McArthur: "Mc" is a prefix nearly always written with a capital after it. ("Mac" is
  // not: Mack, Macy, Machado.)
  const mc = /^Mc(\p{L})/u.exec(first);
  return mc ? `Mc${(mc[1] as string).toUpperCase()}${first.slice(3)}` : first;
}

/** Natural case for one word written in all caps or all lower case; hyphen/apostrophe parts each capitalised. */
export function naturalCase(word: string): string {
  if (ROMAN.test(word)) return word.toUpperCase();
  if (!isAllUpper(word) && !isAllLower(word)) return word;
  return word.split(/([-'’])/).map((part, i) => (i % 2 === 1 ? part : capitalize(part))).join('');
}

/** Returns the natural-order, natural-case name, or null when `raw` does not look like a person's name. */
export function parseName(raw: string): string | null {
  let s = cleanText(raw);
  if (!s || s.length > 120) return null;
  // Nicknames and annotations: "Robert (Bob) Smith", "Robert \"Bob\" Smith".
  s = s.replace(/\([^)]*\)/g, ' ').replace(/["“”][^"“”]*["“”]/g, ' ');
  s = cleanText(s.replace(/[;|]+/g, ' '));
  while (TITLES.test(s)) s = s.replace(TITLES, '');
  if (/[\d@<>{}[\]=_/\\]/.test(s)) return null;

  let given: string[];
  let family: string[];
  let suffix: string[] = [];
  const commaParts = s.split(',').map((p) => cleanText(p)).filter(Boolean);
  if (commaParts.length >= 2) {
    // "LAST, First M[, Jr]"; a trailing part that is only a suffix/credential is kept at the end.
    family = (commaParts[0] as string).split(' ');
    given = (commaParts[1] as string).split(' ');
    for (const extra of commaParts.slice(2)) {
      if (SUFFIX.test(extra)) suffix.push(extra);
      else return null;
    }
    const last = family[family.length - 1];
    if (family.length > 1 && last && SUFFIX.test(last)) suffix = [family.pop() as string, ...suffix];
    // "Jane M, Jr" — suffix written after the given names.
    const lastGiven = given[given.length - 1];
    if (given.length > 1 && lastGiven && SUFFIX.test(lastGiven)) suffix = [given.pop() as string, ...suffix];
  } else {
    const words = s.split(' ');
    while (words.length > 1 && SUFFIX.test(words[words.length - 1] as string)) suffix.unshift(words.pop() as string);
    given = words.slice(0, -1);
    family = words.slice(-1);
  }
  const words = [...given, ...family].map((w) => w.replace(/^[.\-'’]+|[-'’]+$/g, '')).filter(Boolean);
  if (words.length === 0 || words.length > 7) return null;
  if (!words.every((w) => LETTER.test(w))) return null;

  // A name written all in one case is re-cased word by word; in a mixed-case name only shouted words
  // are ("Jane DOE"), so particles like "van" or "de la" keep the case the page gave them.
  const uniform = words.every((w) => isAllUpper(w) || !LETTER.test(w)) || words.every((w) => isAllLower(w) || !LETTER.test(w));
  const out = words.map((w, i) => {
    const cased = uniform || (isAllUpper(w) && w.length > 1) ? naturalCase(w) : w;
    // A lone middle initial gets its period: "Jane M Doe" and "Jane M. Doe" are the same person.
    const isMiddle = i > 0 && i < given.length;
    return isMiddle && /^\p{L}$/u.test(cased) ? `${cased.toUpperCase()}.` : cased;
  });
  const suffixOut = suffix.map((x) => (ROMAN.test(x.replace('.', '')) ? x.toUpperCase() : naturalCase(x)));
  return [...out, ...suffixOut].join(' ');
}
