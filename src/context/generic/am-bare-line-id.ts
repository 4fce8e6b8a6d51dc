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
