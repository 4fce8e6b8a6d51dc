import { cleanText } from './text';
import { withoutSaveState } from '../generic/scr-save-state';
import { fromDicomName } from './dicom-name';
import { isFileName } from './file-name';

/**
 * Person names as EHRs and documents print them → "First Middle Last" in natural case.
 * "DOE, JANE M" → "Jane M. Doe"; "NELSON Lisa" → "Lisa Nelson"; "Peter James CHALMERS (official)" →
 * "Peter James Chalmers"; mixed case is kept. The order is decided on the words as printed, before
 * any re-casing: capitals are the cue for which word is the family name.
 */

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev|sr|sra|srta|fr|sir|dame|master)\.?\s+/i;
/** Generational suffixes a page may write right after the family name or at the end. */
const GENERATIONAL = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** Set off by a comma ("SMITH, JOHN, V"), these are suffixes or credentials too. */
const COMMA_SUFFIX = /^(?:jr|sr|ii|iii|iv|v|vi|md|phd|rn|do|np|dds|esq)\.?$/i;
const CREDENTIAL = /^(?:md|phd|rn|do|np|dds|esq)\.?$/i;
const ROMAN = /^(?:ii|iii|iv|v|vi|vii|viii)$/i;
const LETTER = /\p{L}/u;
/** FHIR and CDA renderers mark each name's use, in round or (a bundle viewer's) square brackets; the first marked name is the one to read. */
const USE_MARKER = /\s*(?:\((?:official|usual|legal|temp|nickname|anonymous|old|maiden)\b[^)]*\)|\[(?:official|usual|legal|temp|nickname|anonymous|old|maiden)\b[^\]]*\])[\s\S]*$/i;
/** "…VAN DER BERG Sr., Nickname Pete": another name of theirs after a comma, under its own label (its colon or not). */
const OTHER_NAME_TAIL = /,\s*(?:nick ?name|preferred(?: name)?|alias|aka|also known as|maiden name|used name)\b[\s\S]*$/i;
/** A name-use word leading a name of two words or more ("Legal Marcus WEBB", "Official Noah PRICE"). */
const USE_LEAD = /^(?:legal|official|usual)\s+(?=\S+\s+\S)/i;
/**
 * Words of a sentence, never of a name: "Name: Anna Lee was honoured" is prose. The FHIR tooling
 * prints "Anonymous Patient" for a Patient with no name: a placeholder, nobody's name. A developer sandbox's
 * "Client: Acme Test App" names the software calling the API, never a person.
 */
const PROSE = /^(?:was|is|are|were|the|and|or|with|for|has|had|have|will|to|in|on|at|of|by|this|that|who|not|no|yes|see|called|reports?|male|female|anonymous|apps?|application)$/i;

/**
 * An identifier's or a field's caption ends in its field word ("Injured Worker ID", "Beneficiary Number", a relative's
 * "Caller DOB" printed without its colon): a caption the label rules do not know, read as the first value of a banner
 * line, was a wrong name. No person's last printed word is one.
 */
const ID_CAPTION_TAIL = /\s(?:id|ids|number|nbr|dob|mrn|ssn|sex|gender|phone)$/i;

/** Whether `text` is such a caption ("Caller DOB"): the line it leads is that field's, no person's banner. */
export const isFieldCaption = (text: string): boolean => ID_CAPTION_TAIL.test(text.trim());

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
  if (ROMAN.test(word) && word.length > 1) return word.toUpperCase();
  if (!isAllUpper(word) && !isAllLower(word)) return word;
  return word.split(/([-'’])/).map((part, i) => (i % 2 === 1 ? part : capitalize(part))).join('');
}

/** Splits "given family" words printed without a comma: a leading run of capitals is the family name. */
function splitNatural(words: string[]): { given: string[]; family: string[] } {
  let caps = 0;
  while (caps < words.length && isAllUpper(words[caps] as string) && (words[caps] as string).length > 1) caps++;
  // "NELSON Lisa", "VAN DER BERG Anna": capitals first, then a name in mixed case.
  if (caps > 0 && caps < words.length && words.slice(caps).every((w) => !isAllUpper(w) || w.length === 1)) {
    return { given: words.slice(caps), family: words.slice(0, caps) };
  }
  return { given: words.slice(0, -1), family: words.slice(-1) };
}

/** Returns the natural-order, natural-case name, or null when `raw` does not look like a person's name. */
export function parseName(raw: string): string | null {
  let s = cleanText(raw);
  if (!s || s.length > 120 || isFileName(s)) return null;
  s = fromDicomName(s);
  // "a   b OYELOWO-HART, BENEDICT, K": the UB-04's FL 8 letters its lines (a: the patient's id, b: the name); the
  // letters before a name in capitals are no words of it.
  s = s.replace(/^(?:[a-e]\s+)+(?=\p{Lu}{2})/u, '');
  // A record form's title ends with its save state ("Jane Doe- Saved"), an adapter's too (scr-save-state.ts).
  s = withoutSaveState(s).replace(USE_MARKER, '').replace(OTHER_NAME_TAIL, '');
  // Nicknames and annotations: "Robert (Bob) Smith", "Robert \"Bob\" Smith".
  s = s.replace(/\([^)]*\)/g, ' ').replace(/["“”][^"“”]*["“”]/g, ' ');
  s = cleanText(s.replace(/[;|]+/g, ' '));
  while (TITLES.test(s)) s = s.replace(TITLES, '');
  // The name's use printed before it ("Legal: Marcus WEBB", CDA stylesheets), its colon dropped by another build.
  s = s.replace(USE_LEAD, '');
  if (/[\d@<>{}[\]=_/\\!?:]/.test(s) || ID_CAPTION_TAIL.test(s)) return null;
  // A sentence ends with a period after a word; a name only after an initial or a suffix.
  if (/\p{L}{3,}\.$/u.test(s) && !GENERATIONAL.test(s.split(' ').pop() as string)) return null;

  let given: string[];
  let family: string[];
  let suffix: string[] = [];
  const commaParts = s.split(',').map((p) => cleanText(p)).filter(Boolean);
  // "Desmond Whitfield, Jr." (the older CDA stylesheet): only a suffix after the comma, the name before it in natural order.
  if (commaParts.length === 2 && COMMA_SUFFIX.test(commaParts[1] as string)) suffix = [commaParts.pop() as string];
  if (commaParts.length >= 2) {
    // "LAST, First M[, Jr]"; a trailing part that is only a suffix or credential is kept apart.
    family = (commaParts[0] as string).split(' ');
    given = (commaParts[1] as string).split(' ');
    for (const extra of commaParts.slice(2)) {
      if (COMMA_SUFFIX.test(extra)) suffix.push(extra);
      // "HALVORSEN, MAREN, E": claim forms (CMS-1500 box 2, NUCC's "Last Name, First Name, Middle Initial") set the
      // middle initial apart by a comma of its own, right after the given names.
      else if (extra === commaParts[2] && /^\p{L}\.?$/u.test(extra)) given.push(extra);
      else return null;
    }
    // "SMITH JR, JOHN": the suffix written right after the family name.
    const last = family[family.length - 1];
    if (family.length > 1 && last && GENERATIONAL.test(last)) suffix = [family.pop() as string, ...suffix];
    // "DOE, JOHN JR": a generational suffix at the very end; a single letter there is a middle initial.
    const lastGiven = given[given.length - 1];
    if (given.length > 1 && lastGiven && GENERATIONAL.test(lastGiven)) suffix = [given.pop() as string, ...suffix];
  } else {
    const words = (commaParts[0] ?? '').split(' ');
    while (words.length > 1 && GENERATIONAL.test(words[words.length - 1] as string)) suffix.unshift(words.pop() as string);
    ({ given, family } = splitNatural(words));
  }
  suffix = suffix.filter((x) => !CREDENTIAL.test(x));
  const words = [...given, ...family].map((w) => w.replace(/^[.\-'’]+|[-'’]+$/g, '')).filter(Boolean);
  if (words.length === 0 || words.length > 7) return null;
  if (!words.every((w) => LETTER.test(w)) || words.some((w) => PROSE.test(w))) return null;

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
