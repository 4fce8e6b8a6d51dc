import { cleanText } from '../parse/text';
import { FACILITY, HOSPITAL_STAY } from './st-headed-block';

/** A section of the provider that renders the service a payer authorises: for a hospital stay, the hospital. */
const SERVICE_PROVIDER = /^(?:service|servicing|rendering|treating) (?:provider|facility)$/i;

/**
 * A payer's authorisation of a hospital stay ("<h1>Inpatient Admission — Certified</h1>") prints the hospital as the
 * facility of its "Service Provider" section, away from the stay's dates: where the stay is. Read only when the page's
 * main heading names a hospital stay, the stay's dates are read, and the facility's own label sits in the section's
 * first list, table or block right after that heading (st-headed-block.ts reads a facility beside the dates).
 */
export function serviceProviderPlace(place: { el: Element; how: string }, doc: Document, stayRead: boolean): boolean {
  const label = FACILITY.exec(place.how);
  if (!stayRead || !label || cleanText(place.el.textContent ?? '').replace(/\s*:$/, '').toLowerCase() !== (label[1] as string).toLowerCase()) return false;
  const h1 = doc.querySelector('h1');
  if (!h1 || !HOSPITAL_STAY.test(cleanText(h1.textContent ?? ''))) return false;
  for (let block: Element | null = place.el.parentElement, k = 0; block && k < 3; block = block.parentElement, k++) {
    const head = block.previousElementSibling;
    if (head && /^H[2-6]$/.test(head.tagName.toUpperCase())) return SERVICE_PROVIDER.test(cleanText(head.textContent ?? ''));
  }
  return false;
}
