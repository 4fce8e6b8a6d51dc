import type { Line } from './line';

/** One record number's shape: letters and digits (dashes between), at least four digits, no space. */
const ID = /^(?=(?:[A-Za-z-]*\d){4})[A-Za-z\d][A-Za-z\d-]{4,19}$/;

/**
 * Hub, CRM and chart headers print the name as an element of its own and, under it, a meta line that opens with the
 * patient's number bare ("PS-772018 | DOB 09/02/1979 (47y) | M | Case 2026-HUB-118842"): the work's numbers there
 * carry their labels, the person's does not. The opening token is the record number when the structure leaves
 * nothing else it could be: the line is the banner's, no name leads it, its birth date and sex are read, nothing
 * labels an identifier on it, and no other bare word is left unread (a captioned number, "Case 2026-HUB-118842", may be).
 * Not in a line whose values follow icons: there an icon labels each (a phone's, ehr-icon-id.ts), not its place.
 */
export function lineLeadId(line: Line, inBanner: boolean, el: Element): string | null {
  if (!inBanner || el.querySelector('i, svg') || line.lead !== undefined || line.head === undefined || (line.unread ?? []).some((t) => !/\s/.test(t))) return null;
  const fields = new Set(line.pairs.map((p) => p.rule.field));
  if (!fields.has('dob') || !fields.has('sex') || fields.has('mrn')) return null;
  return ID.test(line.head) ? line.head : null;
}
