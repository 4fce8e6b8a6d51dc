import type { matchLabel } from './labels';

/**
 * A document header prints each person's address and telecoms in one cell beside "Contact Details" (HL7
 * CDA stylesheet) or "Contact info" (older viewer), a line each: "Home Primary: 8745 W Main St", "Tel
 * Home Primary: (503) 555-0142". The client's is the one in the patient's row, or in the table the
 * patient's row opens; an author's, a custodian's or a relative's cell is theirs.
 */
const CONTACT = /^contact (?:details|info)$/i;

export function patientContact(text: string, el: Element, match: typeof matchLabel): boolean {
  const row = el.closest('tr');
  const head = row?.firstElementChild === el ? row.closest('table')?.querySelector('tr > *') : row?.firstElementChild;
  return CONTACT.test(text) && match(head?.textContent?.trim().slice(0, 20) ?? '')?.field === 'name';
}
