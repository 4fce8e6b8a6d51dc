import { RELATION } from './relation-words';
import { SEPARATED } from './line';

/** Another person's caption opening a chip: a policy holder, a guarantor, a responsible party, an emergency contact. */
const HOLDER = /^\s*(?:policy ?holder|guarantor|subscriber|resp(?:\.|onsible)? party|emergency contact|next[- ]of[- ]kin)\b/i;

/**
 * "Mother Meera Shah · DOB 04/02/1990 · (732) 555-0119": a strip of chips whose first chip names a relative (or a
 * carer, a clinician, a policy holder) is that person's card, every chip of it. With a colon ("Mother: Meera Shah · DOB: …") the
 * strip is read as labelled pairs and the caption is weighed; printed without one, each chip was read on its own and the
 * mother's birth date stood beside the child's.
 */
export function relativeLedStrip(text: string): boolean {
  const first = SEPARATED.test(text) ? text.split(SEPARATED)[0] ?? '' : '';
  // A name and its caption, no value: "Mother Meera Shah", "Policyholder Javier Quintero (spouse)".
  return !!first && !/\d/.test(first) && (RELATION.test(first) || HOLDER.test(first));
}
