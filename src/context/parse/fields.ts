import { cleanText } from './text';
import { CODED_ANSWER } from '../generic/hc-coded-answer';
import { codedSexEcho } from '../generic/coded-sex-echo';
import { hudGenderAnswer } from '../generic/hud-gender-answer';
import { codeLegendSex } from '../generic/code-legend-sex';
import { PENDING_PLACE } from '../generic/pending-place';
import { APPARATUS } from './apparatus';
import { wholeNanp } from './phone-end';
import { tickedOption } from './ticked-option';
import { STREET_ADDRESS } from '../generic/home-address';

/** "F", "Female", "female" → "F"; "M"/"Male" → "M"; "X"/"Nonbinary" → "X"; anything else short is kept. */
export function normalizeSex(raw: string): string | null {
  // Without an assessment's code before the answer (hc-coded-answer.ts).
  const s = cleanText(tickedOption(raw)).replace(CODED_ANSWER, '');
  // HUD's answer with its gloss for children, maybe with more answers: longer than a sex, yet one (hud-gender-answer.ts);
  // still short, so no page-long text is searched for it.
  const hud = s.length <= 80 ? hudGenderAnswer(s, sexCode) : null;
  if (hud) return hud;
  if (!s || s.length > 30) return null;
  // Or an assessment's answer code beside its item's legend (code-legend-sex.ts).
  const code = sexCode(s) ?? codedSexEcho(s, sexCode) ?? glossedSex(s) ?? codeLegendSex(s, sexCode);
  if (code) return code;
  return /\d/.test(s) ? null : s;
}

/** A bilingual value, one sex in two languages ("Femenino / Female"); an option list "M / F" is none. */
function glossedSex(s: string): 'F' | 'M' | 'X' | 'U' | null {
  const [a, b, ...rest] = s.split(/\s*\/\s*/);
  const code = a && b && !rest.length ? sexCode(a) : null;
  return code && sexCode(b as string) === code ? code : null;
}

function sexCode(word: string): 'F' | 'M' | 'X' | 'U' | null {
  const k = word.toLowerCase().replace(/[^a-z-]/g, '');
  if (k === 'f' || k === 'female' || k === 'woman') return 'F';
  if (k === 'm' || k === 'male' || k === 'man') return 'M';
  if (k === 'x' || k === 'nonbinary' || k === 'non-binary') return 'X';
  if (k === 'u' || k === 'unknown') return 'U';
  // Spanish screens ("Femenino", "Masculino"; a bilingual value "Femenino / Female" agrees with itself).
  if (k === 'femenino' || k === 'mujer') return 'F';
  if (k === 'masculino' || k === 'hombre') return 'M';
  return null;
}

/** Phone numbers are kept as printed (formats vary by country) once they hold 7–15 digits. */
export function normalizePhone(raw: string): string | null {
  const s = cleanText(raw);
  // An area code set off by a slash ("555/388-2104", "030/2291 7740") is part of the number, not a number of its own before it.
  const m = /\+?\(?(?:\d{3,5}\/(?=\d))?\d[\d\s().\-–]{5,24}\d(?:\s*(?:x|ext\.?)\s*\d{1,6})?/i.exec(s);
  if (!m) return null;
  const digits = m[0].replace(/\D/g, '').length;
  // A whole North American number ends before the next line's digits (phone-end.ts).
  return digits >= 7 && digits <= 21 ? wholeNanp(m[0]) ?? m[0].trim() : null;
}

/** Masking pages apply to identifiers they will not show ("***-**-1234", "XXX-XX-1234", "•••• 1234"). */
const MASKED = /[*•●∙]|(?:^|[^a-z])x{2,}(?:[^a-z]|$)/i;
/** A US social security number: never the record number, even under an identifier label. */
const SSN = /^\d{3}-\d{2}-\d{4}$/;
/** A clock time ("Dec 05@02:40 GIVEN", "11/30 14:22"): a timestamp, as an order's or an administration's, never a record. */
const CLOCK = /\d:[0-5]\d/;

/**
 * Record identifiers: one short token-ish string with at least one digit; masked ones read as absent.
 * What documents print around it goes: the identifier's type before a colon ("Medical record number:
 * 12345") or a slash (the FHIR tooling's "Medical record number/12345", a label read in part leaving
 * "number/12345"), its assigning authority or OID after it ("98765432 (1.3.6.1.4.1…)", "12345 (Acme
 * Healthcare)", "998991 2.16.840.1.113883…"), its use ("(usual)"), and any further identifiers.
 */
/** An identifier whose printed type says it numbers a visit or an account, not the record. */
const OTHER_ID_TYPE = /^(?:visit|encounter|fin|csn|har|episode|claim|order|accession|social\s+security|ssn|driver|passport|insurance|policy|member\s+of)\b[^/:=]{0,40}[/:=]/i;

/**
 * A member id printed in spaced groups after its plan prefix, as ID cards print it ("YJK 4401 9827 01"): letters
 * lead it, so a phone ("1 555 123 4567"), a card number, an SSN or a date, all digits, never reads as one.
 */
const GROUPED_ID = /^[A-Z]{1,4}\d{0,3} (?:\d{2,6} ){2,4}\d{1,6}$/;

/** A sum of money ("Acct Balance $0.00" after an 'Acct' caption): a balance, never a number that names anyone. */
const MONEY = /[$€£¥]\s?\d/;

export function normalizeId(raw: string): string | null {
  if (OTHER_ID_TYPE.test(cleanText(raw))) return null;
  let s = cleanText(raw)
    .replace(/^[#:=]\s*/, '')
    // The value printing its own type, which a caption or an aria-label already gave ("MRN 2290417", "MR# 88"), or its
    // type's code as FHIR viewers print it ("MR HSM-7740329", "MRN | HSM-7740329"; a bare "MR" in capitals only).
    .replace(/^(?:[ce]?mrn|mr ?#)\s*[#:|]?\s+(?=\S*\d)/i, '')
    .replace(/^MR\s*\|?\s+(?=[\w-]*\d)/, '')
    // A FHIR narrative printing the identifier's system before its value ("urn:oid:1.3.6.1.4.1.21367/IHE-88120455").
    .replace(/^urn:oid:[0-2](?:\.\d+)+\s*[/#]\s*(?=\S)/i, '')
    .replace(/^[a-z][a-z .'-]{1,40}[:=]\s*/i, '')
    .replace(/^(?:(?:[a-z][a-z.'-]*\s+){1,5}[a-z.'-]+|[a-z]{4,})\s*\/\s*(?=\S*\d)/i, '')
    .replace(/\s*[(\[].*$/, '')
    .replace(/\s+(?:urn:oid:)?[0-2](?:\.\d+){3,}.*$/, '')
    // Further identifiers, or a banner's separator ("550193 | Phone …", "550193 · DOB …").
    .replace(/(?:[,;]\s|\s+[|·•–—-](?:\s|$)).*$/, '');
  if (!s || s.length > 40) return null;
  // An OID names the authority that assigns numbers, never one person's number.
  if (/^(?:(?:urn:)?oid:)?[0-2](?:\.\d+){3,}$/i.test(s)) return null;
  if (!/\d/.test(s) || MASKED.test(s) || SSN.test(s) || CLOCK.test(s) || MONEY.test(s)) return null;
  if (s.split(' ').length > 3 && !GROUPED_ID.test(s)) return null;
  // A bracket the value sat in ("( MRN: 44120)", "( MRN: 44120 )") closes after it.
  s = s.replace(/\s*[.,;)\]]+$/, '');
  return s;
}

/** "Video chat", "Telehealth", "Virtual visit (Zoom)", "Phone call": how a remote visit meets, which is no place to find the client. */
const NO_PLACE = /^(?:video|virtual|tele-?(?:health|med\w*|phone|visit)|phone|audio|zoom|teams|webex|remote|online)(?: (?:visit|call|chat|only|appointment|session))?(?: ?\(.*\))?$/i;

/** A visit's kind alone where its place should be ("Facility Visit", split after a 'Facility' caption): no place. */
const VISIT_KIND = /^(?:visit|encounter|appointment|appt\.?|stay|admission|episode)$/i;

export function normalizeLocation(raw: string): string | null {
  const s = cleanText(raw);
  // A separator alone ("/" left when a combined label was read in part) names no place.
  // Nor a slot saying the place is still to come ('— pending EVS clean', 'TBD': pending-place.ts), nor a home's street address (home-address.ts).
  return s && s.length <= 80 && /\w/.test(s) && !NO_PLACE.test(s) && !VISIT_KIND.test(s) && !APPARATUS.test(s) && !PENDING_PLACE.test(s) && !STREET_ADDRESS.test(s) ? s : null;
}

