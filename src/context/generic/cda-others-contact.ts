import { CONTACT, patientsContact } from './cda-contact';

/**
 * A rendered C-CDA gives each participant (performer, data enterer, informant, authenticator, encounter
 * participant) a row of its own: its label, the person, "Contact Details" and that person's telecoms. One with
 * no address prints its telecom line alone ("Tel Workplace: …"), a labelled phone at the start of its cell.
 * Such a cell is the row's person's, never the client's, whatever the role's label says: only the patient's
 * row's cell is the client's (cda-contact.ts).
 */
export function othersContact(el: Element): boolean {
  const label = el.closest('td, th')?.previousElementSibling;
  return !!label && CONTACT.test(label.textContent?.trim() ?? '') && !patientsContact(label);
}
