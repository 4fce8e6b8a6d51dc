import { parseDate } from '../parse/dates';

/**
 * Practice-management desktops and their web ports title the selected patient "Family, Given - 8815": the name, a
 * spaced dash, the patient number (Open Dental's title bar and module captions). Under a name's label that number is
 * no word of the name, and it is the client's own record number; a date after the dash is no number.
 */
const DASH_ID = /\s[-–—]\s([A-Za-z]{0,4}-?\d[\w-]{2,20})$/;

export function dashIdAfterName(raw: string): { name: string; id: string } | null {
  // A name and its number are short: a long value (a note run into the label) is never searched.
  if (raw.length > 120) return null;
  const m = DASH_ID.exec(raw.trim());
  if (!m || parseDate(m[1] as string)) return null;
  const name = raw.trim().slice(0, m.index).trim();
  return /\p{L}/u.test(name) && !/\d/.test(name) ? { name, id: m[1] as string } : null;
}
