import { matchLabel } from './labels';
import { tagOf } from '../tag';

/**
 * A document header prints each person's address and telecoms in one cell beside "Contact Details" (HL7
 * CDA stylesheet) or "Contact info" (older viewer; "Contact info:" in the Lantana one), a line each, set apart by line breaks only (no
 * space between "US" and "Tel" in the text): "Home Primary: 8745 W Main St", "Tel Home Primary: (503)
 * 555-0142". The client's is the cell in the patient's row, or in the table the patient's row opens;
 * an author's, a custodian's or a relative's cell is theirs. Its text, lines apart, for the caller's labels.
 */
export const CONTACT = /^contact (?:details|info)\s*:?$/i;

/** Whose a contact cell is: the patient's row heads it, or the table its row opens (older viewer), or someone else's row does. */
export const patientsContact = (label: Element): boolean => {
  const row = label.closest('tr');
  const head = row?.firstElementChild === label ? row.closest('table')?.querySelector('tr > *') : row?.firstElementChild;
  return matchLabel(head?.textContent?.trim().slice(0, 20) ?? '')?.field === 'name';
};

export function patientContact(text: string, el: Element): string | null {
  // Every scanned element's text comes here: the label is tested before the table is looked at.
  if (!CONTACT.test(text)) return null;
  const cell = el.nextElementSibling;
  if (!cell || !patientsContact(el)) return null;
  const lines = [''];
  for (const n of Array.from(cell.childNodes)) {
    if (n.nodeType === 1 && tagOf(n as Element) === 'BR') lines.push('');
    else lines[lines.length - 1] += n.textContent ?? '';
  }
  // A telecom line is its use's words, then the number: "Tel Home +1(773)555-0128" labels its number without a colon too.
  return lines.map((l) => l.replace(TELECOM_NO_COLON, '$1: ')).join(' ');
}

const TELECOM_NO_COLON = /^\s*((?:tel|phone|mobile|cell)\b[\p{L} ]{0,30}?)\s+(?=[+(\d])/iu;
