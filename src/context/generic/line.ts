import { cleanText, shortText } from '../parse/text';
import { isFieldCaption } from '../parse/names';
import { barePhoneToken } from './bare-phone-token';
import { bareChartToken } from './bare-chart-token';
import { phoneCallActivity } from './phone-call-activity';
import { UNIT_ROOM_SHAPE, unitRoomToken } from './unit-room-token';
import { joinWideDate } from './wide-date';
import { parseDate, type YMD } from '../parse/dates';
import type { DateOrder } from '../types';
import { matchLabel, SHAPE, splitInlineLabels, type LabelRule } from './labels';
import { whoIdChip } from './who-id-chip';
import { DOCUMENT_NAME, DOCUMENT_NAME_SIGNAL } from './document-name';
import { tagOf } from '../tag';
import { DOCUMENT_TYPE } from './cda-title';
import { summaryId } from './fhir-summary-id';
import { infantAge } from './product-infant-age';
import { namesPolicyHolder } from './holder-prose';
import { captionsUnder } from './scr-caption-line';
import { PHONE_CHIP } from './cm-line-phone';
import { ageLead } from './gp-age-lead';
import { YEARS } from './age-years';
import { letterPhone } from './gp-letter-phone';
import { birthTip } from './am-tooltip-dob';
import { roomAfterWard, roomInPlace } from './line-room-place';
import { RELATION } from './relation-words';
import { phoneAfterRelative } from './phone-after-relative';
import { runOnLabelAt } from './run-on-labels';
import { shapeRun } from './shape-run';
import { preservedParts } from './preserved-columns';
import { hasWhiteRun, type WhiteSpaceKept } from '../dom';
import { withoutAvatarInitials } from './avatar-initials';
import { idThenType } from './id-then-type';
import { proseSexItem } from './prose-sex-item';

/**
 * Banners without labels and one-line prose. A banner line is a run of short values set apart by
 * separators, line breaks or elements — "F · 76 y · 01/05/1950 · MRN 123456", "Jane DOE | 01/05/1950 |
 * MR# 55" — whose tokens are read by their shape: a sex, an age, a date that the age confirms as the
 * birth date, identifiers behind their labels. Prose is a document's one-line summary, "Patient Jane
 * DOE @ Acme, MR = 123457", where a name leads and labelled values follow.
 */

export interface RawPair {
  rule: LabelRule;
  raw: string;
  how: string;
}

export interface Line {
  pairs: RawPair[];
  /** Text of the first token when it is not a value: a candidate name. */
  lead?: string;
  /** Identity evidence: sex, age, birth date, identifier, other labelled values. */
  score: number;
  /** The birth date was confirmed by an age printed beside it. */
  ageConfirmed: boolean;
  /** The tokens after the first that were read as nothing (am-bare-line-id.ts weighs them). */
  unread?: string[];
  /** The first token, when it holds a digit and was read as nothing (line-lead-id.ts weighs it). */
  head?: string;
}

/**
 * Separators between values; a bullet only between spaces, since runs of bullets mask digits ("••••4471").
 * Spaces that do not collapse (non-breaking, en and em spaces) set values apart when two or more
 * are in a row; ordinary runs of spaces are only the template's indentation.
 */
const SEP = /\s*[·|¦∙‧・]\s*|\s+[•▪◦●]\s+|\s\/\s|\s[-–—]\s|[\u00a0\u2002\u2003][ \u00a0\u2002\u2003]+|[ ]+[\u00a0\u2002\u2003][ \u00a0\u2002\u2003]*/;
/** Text whose values are set apart like a banner line's (not by commas or slashes, which prose has too). */
export const SEPARATED = /[·|¦∙‧・]|\s[•▪◦●]\s|[\u00a0\u2002\u2003][ \u00a0\u2002\u2003]|[ ][\u00a0\u2002\u2003]/;
const SEX = /^(?:m|f|male|female|man|woman|x|u|unknown|non-?binary)$/i;
/** A value with a digit, then the sex alone ("123456 F", "03/07/1941 Female"). */
const SEX_AFTER = /^(\S*\d\S*) (M|F|Male|Female)$/;
// Tokens are normalised (one space between words): a space in these patterns stands for any white space.
// "65 Y 2 M": ambulatory charts print the months after the years.
const AGE = new RegExp(`^(?:age:? ?)?(\\d{1,3})[ -]?${YEARS}(?: \\d{1,2} ?(?:m|mos?|months?))?$`, 'i');
const AGE_SEX = new RegExp(`^(\\d{1,3})[ -]?(?:${YEARS})? ?[,/]? ?(m|f|male|female)$|^(m|f|male|female) ?[,/]? ?(\\d{1,3}) ?(?:${YEARS})?$`, 'i');
const AGE_LABELLED = /\bage:? ?(\d{1,3})\b/i;
// Never a phone's area code ("(317) 555-0103"), which read as an age of 317 dropped the sex beside the birth date.
const AGE_IN_PARENS = new RegExp(`\\((?:age ?)?(\\d{1,3}) ?(?:${YEARS})?\\)(?! ?\\d)`, 'i');
/** Cheap first tests: a line worth tokenising shows two of a date, an age, a sex, an identifier label. */
// Letter boundaries, not word boundaries: inline chips run together in an element's text ("Male67 y.o.9/17/1959MRN:").
// The costly test, run only once another signal is found: alone it cannot make the two a line needs.
const DATE_SIGNAL = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|(?<![a-z])[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}[ -.][a-z]{3}[ -.]\d{2,4}/i;
const SIGNALS = [
  /(?<!\d)\d{1,3}\s*(?:y|yo|y\.o|yrs?|years?)(?![a-z])|(?<![a-z])age:?\s*\d/i,
  /(?<![a-z])(?:male|female)(?![a-z])|(?:^|[\s·|•(,\d])[MF](?:$|[\s·|•,/)\d])/i,
  /(?<![a-z])(?:mr[n#]?|id|acct|account|chart|member|resident|patient|record|dob|born)(?![a-z])|#\w?\d/i,
  DOCUMENT_NAME_SIGNAL,
  DATE_SIGNAL,
];
export function lineSignals(text: string): number {
  let n = 0;
  for (const re of SIGNALS) if ((n || re !== DATE_SIGNAL) && re.test(text)) n++;
  return n;
}
/** "#103526K": an identifier marked by "#" alone, as banners print the chart number. */
export const HASH_ID = /^#\s?([A-Za-z0-9][\w-]{2,20})$/;
/** "Margaret Kowalski (PT-10833)": an identifier printed in brackets right after the name; "(76)" is an age. */
export const ID_AFTER_NAME = /\(\s*#?\s*(?!\d{1,3}\s*\))([A-Za-z]{0,4}[-\s]?\d[\w-]{2,20})\s*\)\s*$/;
export const PERIOD_PHRASE = /^(?:(?:(?:inpatient|emergency|observation|acute|current)\s+)?(?:encounter|admission|admitted|hospitali[sz]ation|inpatient\s+stay|visit|stay)\b[^:]*?\b(?=from\s)|(?:inpatient|observation)\s*\[)(.+?)\]?$/i;
/** Elements whose text is not what the page shows as text (code, controls, embedded media and their fallbacks). */
export const NOT_TEXT: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'SVG', 'svg', 'INPUT', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG']);

/** Longer than this, a text is no line of a label or band: never parted at its white space. */
const MAX_LINE_CHARS = 2000;

/** The line's tokens: text split at separators, each child element's text a token of its own. */
export function tokensOf(el: Element, isVisible: (el: Element) => boolean, whiteSpace: (el: Element) => WhiteSpaceKept = () => 'none', out: string[] = [], depth = 0): string[] {
  let buf = '';
  const flush = () => {
    // Or at the runs of spaces and line breaks a box that keeps its white space shows (preserved-columns.ts).
    const parts = buf.length <= MAX_LINE_CHARS && hasWhiteRun(buf) ? preservedParts(buf, whiteSpace(el)) : null;
    // Never inside a date printed with spaced dashes (wide-date.ts).
    for (const t of (parts ?? [buf]).flatMap((part) => joinWideDate(part).split(SEP))) {
      // "71 y, 3 Dec 1955, Person ID MR-63703": commas part values too, but not a name ("DOE, JANE")
      // nor a date ("Jan 5, 1950"), nor brackets ("(M, 58)"), nor a name with its number in brackets ("Doe, Jane (MRN 1234)").
      for (const part of /\d/.test(t) ? t.split(/,\s+(?!\d{4}\b)(?![^()]*\))(?![\p{L}'’ .-]+\([^()]*\)$)/u) : [t]) {
        const c = cleanText(part);
        if (c) out.push(c);
      }
    }
    buf = '';
  };
  const kids = el.childNodes;
  for (let i = 0; i < kids.length && out.length < 20; i++) {
    const node = kids[i] as Node;
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    flush();
    // A table beside a line is content of its own (a grid whose column labels would read as the line's).
    if (NOT_TEXT.has(tagOf(child)) || tagOf(child) === 'BR' || tagOf(child) === 'TABLE' || !isVisible(child)) continue;
    if (depth < 2 && child.childElementCount > 0) tokensOf(child, isVisible, whiteSpace, out, depth + 1);
    else buf = shortText(child, 120, 20) ?? '';
    flush();
    // The birth date a chip gives on hover is one more chip (am-tooltip-dob.ts).
    const tip = birthTip(child);
    if (tip) out.push(tip);
  }
  flush();
  return out;
}

/** Whole years from an ISO birth date to `today`: the age a person is on that day. */
export function yearsBetween(iso: string, today: YMD): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return today.y - y - (today.m * 100 + today.d < m * 100 + d ? 1 : 0);
}

/**
 * Tokens known to start with no label. A chart's cells ("03/01 08:00", "98.6 F") are asked about on every read, and
 * nearly all of them are no label: kept as matchLabel keeps its answers, bounded since a page makes new texts without end.
 */
const unlabelled = new Set<string>();

/** A token that starts with a label and goes on with its value, with or without a colon ("MRN 123456"). */
export function labelledToken(t: string): RawPair[] {
  if (unlabelled.has(t)) return [];
  const inline = splitInlineLabels(t);
  if (inline.length > 0) return inline.map((p) => ({ rule: p.rule, raw: p.value, how: `label "${p.label}"` }));
  // Or the number first and its type in brackets after it (id-then-type.ts).
  const typed = idThenType(t);
  if (typed) return [{ rule: typed.rule, raw: typed.raw, how: `type in brackets "${typed.label}"` }];
  const words = t.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const label = words.slice(0, k).join(' ');
    const rule = matchLabel(label);
    // "Discharge planning started 12/3": a stay label followed by words is a sentence, read as one elsewhere;
    // "Discharge Summary (3/9/2025)" is a document's title.
    const stay = rule?.field === 'admitDate' || rule?.field === 'dischargeDate';
    // Or a bare caption over a whole phone number (bare-phone-token.ts), or "Chart" over one number (bare-chart-token.ts); never a logged call's type (phone-call-activity.ts).
    if (rule && !phoneCallActivity(rule, words.slice(k).join(' ')) && (!rule.bare || barePhoneToken(rule, words.slice(k).join(' ')) || bareChartToken(rule, words.slice(k).join(' '))) && !(stay && (/^\p{Ll}/u.test(words[k] ?? '') || DOCUMENT_TYPE.test(words[k] ?? '')))) {
      // "Admitted 11/24/2026, discharged 12/01/2026": a labelled value after a stay's date and a comma, a semicolon or a
      // dash is its own ("Ward 7A, Bed 3" is one place).
      // Or a second label run on after this one's value (run-on-labels.ts).
      const runOn = stay || rule.field === 'location' ? -1 : runOnLabelAt(words, k);
      if (runOn > 0) return [{ rule, raw: words.slice(k, runOn).join(' '), how: `label "${label}"` }, ...labelledToken(words.slice(runOn).join(' '))];
      const raw = words.slice(k).join(' ');
      // "… MRN 123456 F": a run-on line's sex after its last identifier or birth date, a letter or word of its own.
      const sex = (rule.field === 'mrn' || rule.field === 'dob') && k + 2 === words.length ? SEX_AFTER.exec(raw) : null;
      if (sex) return [{ rule, raw: sex[1] as string, how: `label "${label}"` }, { rule: SHAPE.sex, raw: sex[2] as string, how: 'banner line (sex after a value)' }];
      const next = stay ? /[,;] |\s[-–—] /.exec(raw) : null;
      const rest = next ? labelledToken(raw.slice(next.index + next[0].length)) : [];
      return [{ rule, raw: next && rest.length > 0 ? raw.slice(0, next.index) : raw, how: `label "${label}"` }, ...rest];
    }
  }
  if (unlabelled.size >= 1000) unlabelled.clear();
  unlabelled.add(t);
  return [];
}

const HASH_HOW = 'banner line ("#" identifier)';

/** Reads one line's tokens by shape. */
export function readLine(tokens: string[], today: YMD, dateOrder: DateOrder | undefined): Line {
  // Or a label's values one space apart (shape-run.ts).
  // Past an avatar's initials (avatar-initials.ts).
  tokens = withoutAvatarInitials(tokens.flatMap(ageLead).flatMap(shapeRun));
  const pairs: RawPair[] = [];
  const dates: string[] = [];
  let sex: string | undefined;
  let age: number | undefined;
  let lead: string | undefined;
  let head: string | undefined;
  /** The last token read as nothing. */
  let loose: { i: number; t: string } | undefined;
  let whoId: RawPair | null = null;
  /** The place a labelled token gave, and that token's index. */
  let placeAt: { i: number; pair: RawPair } | undefined;
  const unread: string[] = [];
  const under = captionsUnder(tokens, (t) => matchLabel(t) !== null);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const printedAge = AGE_LABELLED.exec(t) ?? AGE_IN_PARENS.exec(t);
    if (printedAge) age ??= Number(printedAge[1]);
    const rule = matchLabel(t);
    if (rule) {
      const next = tokens[i + 1];
      // A label whose value is not shown ("MRN: <hidden>") is followed by the next label's token, never its value,
      // or by its separator alone ("<b>gender</b>: " in a generated narrative, next-line-pair.ts).
      if (next !== undefined && !under && /[\p{L}\p{N}]/u.test(next) && !matchLabel(next) && labelledToken(next).length === 0) {
        pairs.push({ rule, raw: next, how: `label "${t}"` });
        i++;
      }
      continue;
    }
    const period = PERIOD_PHRASE.exec(t);
    if (period) {
      pairs.push({ rule: SHAPE.period, raw: period[1] as string, how: 'encounter period' });
      continue;
    }
    // A chip in brackets is read without them ("Patient: <a>Doe, Jane</a> (MRN 1234)").
    const labelled = labelledToken(t[0] === '(' && t.endsWith(')') ? t.slice(1, -1) : t);
    if (labelled.length > 0) {
      // "Medical Ward · Bed 12": the place the room or bed is in precedes it (line-room-place.ts).
      // Or it follows a labelled ward after a comma ("Unit: 5 West, Room 512").
      const ward = placeAt?.i === i - 1 ? placeAt.pair : undefined;
      placeAt = undefined;
      for (const p of labelled.map((q) => roomInPlace(q, t, loose?.i === i - 1 ? loose.t : undefined))) {
        if (roomAfterWard(p, t, ward)) continue;
        // "Daughter: Ngozi Okafor · ☎ (412) 555-0109": a phone after a relative's unlabelled words is theirs (phone-after-relative.ts).
        if (p.rule.field === 'phone' && unread.some((u) => phoneAfterRelative(u, 0, u.length))) continue;
        pairs.push(p);
        if (p.rule.field === 'location') placeAt = { i, pair: p };
      }
      continue;
    }
    let m: RegExpExecArray | null;
    let letterNumber: string | null;
    if (!whoId && (whoId = whoIdChip(t))) continue;
    if ((m = HASH_ID.exec(t)) && /\d/.test(t)) pairs.push({ rule: SHAPE.mrn, raw: m[1] as string, how: HASH_HOW });
    else if (PHONE_CHIP.test(t)) pairs.push({ rule: SHAPE.phone, raw: t, how: 'banner line' });
    else if ((letterNumber = letterPhone(t))) pairs.push({ rule: SHAPE.phone, raw: letterNumber, how: 'banner line (a phone after a letter)' });
    // Or the bed as its unit and room ("4E-402", unit-room-token.ts).
    else if (i > 0 && unitRoomToken(t)) pairs.push({ rule: UNIT_ROOM_SHAPE, raw: t, how: 'banner line (unit and room)' });
    else if (SEX.test(t)) sex = t;
    // "(M, 58)" after a name: the sex and age in brackets.
    else if ((m = AGE_SEX.exec(t.replace(/^\((.+)\)$/, '$1')))) {
      age = Number(m[1] ?? m[4]);
      sex = m[2] ?? m[3];
    } else if ((m = AGE.exec(t))) age = Number(m[1]);
    else if (infantAge(t) !== null) age = infantAge(t) as number;
    else if (/\d/.test(t) && t.length <= 40 && parseDate(t, { kind: 'birth', today, order: dateOrder })) {
      dates.push(t);
    } else if (i === 0 && !/\d/.test(t)) lead = t;
    else if ((m = ID_AFTER_NAME.exec(t)) && !parseDate(m[1] as string) && (i === 0 ? !/\d/.test(t.slice(0, m.index)) : i === 1 && lead !== undefined && m.index === 0)) {
      // The name's own identifier, in the token after it or at its end.
      if (i === 0) lead = t.slice(0, m.index).trim();
      pairs.push({ rule: SHAPE.mrn, raw: m[1] as string, how: 'banner line (identifier in brackets after the name)' });
    } else if (i > 0) {
      loose = { i, t };
      unread.push(t);
    } else head = t;
  }
  // The birth date: the labelled one, else a lone date on the line.
  const labelled = pairs.find((p) => p.rule.field === 'dob');
  const raw = labelled?.raw ?? (dates.length === 1 ? dates[0] : undefined);
  const d = raw ? parseDate(raw, { kind: 'birth', today, order: dateOrder }) : null;
  const years = d ? yearsBetween(d.iso, today) : -1;
  const ageConfirmed = age !== undefined && d !== null && Math.abs(years - age) <= 1;
  // A lone date is the birth date when the age beside it agrees, or, with no age, when it is long past; never on a
  // line a field's caption leads ("Caller DOB 09/30/1990", its colon dropped: parse/names.ts isFieldCaption).
  if (!labelled && raw && (age !== undefined ? ageConfirmed : years >= 2) && !isFieldCaption(tokens[0] ?? '')) {
    pairs.push({ rule: SHAPE.dob, raw, how: age !== undefined ? 'banner line (date matching the age)' : 'banner line (date)' });
  }
  // A person's kind before their number, no colon, on a line that prints their birth date too (who-id-chip.ts).
  if (whoId && d && !pairs.some((p) => p.rule.field === 'mrn')) pairs.push(whoId);
  // An age that disagrees with the line's birth date is another person's, with the sex printed beside it (a relative's short card).
  if (sex !== undefined && (age === undefined || !d || ageConfirmed)) pairs.push({ rule: SHAPE.sex, raw: sex, how: 'banner line' });
  // The bracketed identifier after a name is how lists print people too ("Jane Doe (MR-10) · 1950-01-05"): it is read, but is no evidence of a banner.
  // A "#" identifier is, once a name leads the line and a birth date is on it ("Jane DOE · 01/05/1950 · #123457").
  // A kind-and-number chip is how lists print people too: read, but no evidence of a banner either.
  const fields = new Set(pairs.filter((p) => p.rule !== SHAPE.phone && p !== whoId && (p.rule !== SHAPE.mrn || (lead !== undefined && p.how === HASH_HOW))).map((p) => p.rule.field).filter(Boolean));
  // A chart-style name leading the line counts beside a labelled identifier or a birth date (a "#" number alone numbers anything).
  const score = fields.size + (age !== undefined ? 1 : 0) + (lead !== undefined && DOCUMENT_NAME.test(lead) && pairs.some((p) => p.rule.field === 'dob' || (p.rule.field === 'mrn' && p.how !== HASH_HOW)) ? 1 : 0);
  return { pairs, ...(lead !== undefined ? { lead } : {}), score, ageConfirmed, ...(unread.length > 0 ? { unread } : {}), ...(head !== undefined ? { head } : {}) };
}

// Or a FHIR Task's "for:" (the patient it is for), only with its colon: "for" opens sentences too.
const ENTITY = /^(?:patient|member|client|resident|subject|for(?=\s*:))\b\s*:?\s*/i;
/** A letter alone is the sex only after a comma: "Jane DOE, F"; in "DOE, JANE M" it is an initial. */
/** "(born 12 Aug 1950)", "DOB 01/05/1950": a birth date prose gives without a colon; it ends at a bracket, a separator or a comma before words. */
const PROSE_BORN = /\b(?:born|dob)\s+(\w[^():;=|·]*?)(?=\s*[();|·]|,(?!\s*\d)|$)/i;
/** "( Medical record number 4471203 (use usual, ))": FHIR's renderers print the identifier's use in brackets of its own after it. */
const BRACKETED_TYPED_ID = /\(\s*(\p{L}[\p{L} #.]{1,40}?)\s+([\p{L}\d][\w-]*\d[\w-]*)\s*(?:\([^()]{0,40}\)\s*)?\)/u;
/** A word and its colon before a value holding a digit, an identifier's (not a clock's "10:30", nor a letter's "Re: Jane DOE"). */
const UNKNOWN_LABEL = /\p{L}\.?\s?:\s*[^\s\d]*\d/u;
const PROSE_SEX = /(?:[\s,]+(male|female)|,\s*([mf]))[\s,(]*$/i;

/**
 * "Peter James CHALMERS (official) Male, DoB: 1974-12-25 ( Medical record number: 12345 …)": a name
 * leads, labelled values follow. Only the identity is read from prose (name, sex, birth date,
 * record number); anything else there (an identifier's period) describes something else.
 */
export function readProse(text: string): RawPair[] | null {
  const inline = splitInlineLabels(text, true);
  const born = PROSE_BORN.exec(text);
  // The name ends where the first label or "born" begins ("Patient Jane DOE @ Acme (born 5 Jan 1950)").
  const first = inline[0] ?? (born ? { start: born.index } : undefined);
  if (!first || !(born || inline.some((p) => p.rule.field === 'mrn' || p.rule.field === 'dob'))) return null;
  let head = text.slice(0, Math.min(first.start, born?.index ?? Infinity));
  // A relative's prose is theirs, and so is the policy holder's on an insurance line (holder-prose.ts).
  if (RELATION.test(head) || namesPolicyHolder(head)) return null;
  const entity = ENTITY.test(head);
  // A comma ends the name, unless it is the family name in capitals before it ("DOE, Jane @ Acme").
  head = head.replace(ENTITY, '');
  // A colon still before the first known label ends a label the reader does not know ("Old Identification
  // Number: KZN-22-09931  Health District ID: …", an OpenMRS header's other identifiers): the line leads with a
  // pair, not a name, and its words would be read as one.
  if (UNKNOWN_LABEL.test(head)) return null;
  const pairs: RawPair[] = [];
  // The sex ends the head, after a bracketed name use too ("… CHALMERS (official) Male,").
  const sex = PROSE_SEX.exec(head);
  if (sex) {
    pairs.push({ rule: SHAPE.sex, raw: (sex[1] ?? sex[2]) as string, how: 'document summary' });
    head = head.slice(0, sex.index);
  }
  head = head.split(/\s@|\s\(|\s[-–—]\s/)[0]?.split(/,(?<!^\p{Lu}[\p{Lu}'’ -]*\p{Lu},)/u)[0] ?? '';
  if (!/\S\s+\S/.test(head.trim())) return null;
  pairs.unshift({ rule: SHAPE.name, raw: head, how: entity ? 'document summary ("Patient …")' : 'document summary' });
  const seen = new Set<string>();
  for (const p of inline) {
    const field = p.rule.field;
    if ((field === 'mrn' || field === 'dob') && !seen.has(field)) {
      seen.add(field);
      pairs.push({ rule: p.rule, raw: p.value, how: `document summary, label "${p.label}"` });
    }
  }
  if (born && !seen.has('dob')) pairs.push({ rule: SHAPE.dob, raw: born[1] as string, how: 'document summary ("born …")' });
  // "Jane Doe DOB 01/02/1950 MRN 123456 F": a run-on line's sex, a word of its own after its last value.
  const last = sex ? null : SEX_AFTER.exec(text.trim().split(' ').slice(-2).join(' '));
  if (last) pairs.push({ rule: SHAPE.sex, raw: last[2] as string, how: 'document summary (sex after the last value)' });
  // Or a comma-parted item among the labelled values (prose-sex-item.ts).
  const item = sex || last ? null : proseSexItem(text.slice(first.start));
  if (item) pairs.push({ rule: SHAPE.sex, raw: item, how: 'document summary (sex item)' });
  const id = !seen.has('mrn') && summaryId(text);
  if (id) pairs.push({ rule: SHAPE.mrn, raw: id, how: 'document summary (system#value)' });
  // "( Medical Record Number FRH-228104)": the identifier's type in the brackets labels it, colon or not.
  const typed = !seen.has('mrn') && !id ? BRACKETED_TYPED_ID.exec(text) : null;
  const rule = typed ? matchLabel((typed[1] as string).trim()) : null;
  if (typed && rule?.field === 'mrn') pairs.push({ rule, raw: typed[2] as string, how: `document summary, label "${(typed[1] as string).trim()}"` });
  return pairs;
}
