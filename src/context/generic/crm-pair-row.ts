import { shortText } from '../parse/text';
import { labelKey, matchLabel, type LabelRule } from './labels';
import { tagOf } from '../tag';

/**
 * CRM detail pages (Zoho, classic Salesforce, Dynamics' printable forms) lay a record out as rows of
 * label, value, label, value: "Contact Owner | Dana Kim | Client Number | RHC-20917". Such a row is two
 * labelled values, never a banner line to read by shape, and a staff member's label heading it (the
 * record's owner) says nothing of the client's identifier, birth date or sex beside it.
 */
const STAFF = /^(?:(?:contact|case|record|account|lead) )?owner$|^(?:assigned to|created by|modified by|care manager|case manager)$/;

const cellsOf = (row: Element) => Array.from(row.children).filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH');

/** Label cells are known labels or, for half of them at most, short words of the CRM's own ("Account Name"); value cells are no label. */
export function pairRow(row: Element): boolean {
  if (tagOf(row) !== 'TR') return false;
  // Counted before they are gathered: most rows a read meets (a grid's) fail here.
  let count = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (tagOf(c) === 'TD' || tagOf(c) === 'TH') count++;
  if (count < 4 || count % 2) return false;
  const cells = cellsOf(row);
  let known = 0;
  for (const [i, c] of cells.entries()) {
    const text = shortText(c, 60) ?? '';
    const label = matchLabel(text) !== null;
    if (i % 2 ? label : !label && (text.length > 30 || /\d/.test(text))) return false;
    if (label) known++;
  }
  return known * 2 >= cells.length / 2;
}

/** A client's identity label in such a row whose first pair is a staff member's. */
export function afterStaffPair(el: Element, rule: LabelRule): boolean {
  const row = el.closest('td, th')?.parentElement;
  if (!row || (rule.field !== 'mrn' && rule.field !== 'dob' && rule.field !== 'sex') || !pairRow(row)) return false;
  return STAFF.test(labelKey(shortText(cellsOf(row)[0] as Element, 60) ?? '') ?? '');
}
