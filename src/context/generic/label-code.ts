/**
 * "Patient ID (pid):", "Date of Birth (DOB):", "Record No. (EHR):": a label followed by a short code in brackets
 * is the label before it. The code must be the label's own abbreviation (its letters in order, from its first)
 * or, on an identifier's label only, the capitals of the system that issued it ("Chart No. (PRN)"), and never a word
 * for someone else ("Phone (mom)", "DOB (Spouse)", "Phone (NOK)"): a label qualified by another person or thing is
 * that one's, and capitals after a phone or a birth date ("PHONE (GRAN)") may name anyone.
 */
const TRAILING_CODE = /^(.*\S)\s*\(([a-z0-9][a-z0-9.#]{0,4})\)$/i;

/** Short words and acronyms for other people and things: relatives, payers, staff, contacts. */
const OTHER = /^(?:mom|mum|dad|ma|son|dau|wife|hus|bro|sis|gm|gf|aunt|uncle|kin|nok|ec|gt|gtor|grd|poa|pcp|md|dr|rn|np|ref|emp|job|ins|sub|pol|grp|fax|spou?|par|chld|inf|baby|fam|hh|sch|wk|work)$/i;

/** The label's own initials-in-order: "pid" of "patient id", "dob" of "date of birth". */
function abbreviates(code: string, label: string): boolean {
  const c = code.toLowerCase().replace(/[.#]/g, '');
  if (!c || c[0] !== label[0]) return false;
  let at = 0;
  for (const ch of c) {
    at = label.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The label without its trailing code and the code, or null when there is none or it names someone else; `system`
 * when the code is capitals that do not abbreviate the label (acceptable on an identifier's label only).
 */
export function withoutCode(raw: string, key: string): { base: string; code: string; system: boolean } | null {
  const m = TRAILING_CODE.exec(raw.trim().replace(/\s*[:=]$/, ''));
  const code = m?.[2];
  if (!m || !code || OTHER.test(code)) return null;
  const base = key.replace(/\s*\([^()]*\)$/, '');
  if (abbreviates(code, base)) return { base, code: code.toLowerCase(), system: false };
  return /^[A-Z][A-Z0-9]{1,4}$/.test(code) ? { base, code: code.toLowerCase(), system: true } : null;
}
