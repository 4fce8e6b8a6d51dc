import type { Line } from './line';

/** One chart number's shape: letters and digits (a dash between), at least four digits, no space. */
const ID = /^(?=(?:[A-Za-z-]*\d){4})[A-Za-z\d][A-Za-z\d-]{4,19}$/;

/**
 * A chart id printed bare in the patient's header, in a column of bare lines under the name ("Genevieve
 * Thibodeaux / Female / 05/30/1979 / THGE000381", as cloud practice headers print the patient's column): it is
 * the record number when the structure leaves nothing else it could be: the line is the banner's, a name leads
 * it, its sex and birth date are read, nothing labels an identifier on it, and it is the only token left unread,
 * one word of an id's shape. An encounter number beside it would be a second unread token, and nothing is read.
 */
export function bareLineId(line: Line, inBanner: boolean): string | null {
  if (!inBanner || line.lead === undefined || line.unread?.length !== 1) return null;
  const fields = new Set(line.pairs.map((p) => p.rule.field));
  if (!fields.has('dob') || !fields.has('sex') || fields.has('mrn')) return null;
  const id = line.unread[0] as string;
  return ID.test(id) ? id : null;
}

/**
 * The same column with no birth date ("Liam O'Brien / Male / 100138A"): the name leads the banner's line, the sex is
 * the only value read on it, and one word of an id's shape is left, with at least five digits (a bed or a suite
 * number is shorter). What a chart's header column prints under the name and sex is the chart's number; the line
 * counts as the banner's identity line with it.
 */
export function bareIdUnderSex(line: Line, inBanner: boolean): string | null {
  if (!inBanner || line.lead === undefined || line.unread?.length !== 1 || line.pairs.length !== 1 || line.pairs[0]?.rule.field !== 'sex') return null;
  const id = line.unread[0] as string;
  return ID.test(id) && /(?:\d\D?){5}/.test(id) ? id : null;
}

const SEX_WORD = /^(?:male|female|m|f)$/i;

/** Such a column's element: a few lines, one the sex alone and one an id's shape (the signals a line needs otherwise miss it). */
export function bareIdColumn(el: Element): boolean {
  const lines = Array.from(el.children).slice(0, 7).map((c) => (c.textContent ?? '').trim());
  return lines.length >= 3 && lines.length <= 6 && lines.some((t) => SEX_WORD.test(t)) && lines.some((t) => ID.test(t) && /(?:\d\D?){5}/.test(t));
}
