import { RELATION } from './relation-words';

/**
 * "Daughter: Ngozi Okafor · ☎ (412) 555-0109", "Patient phone: … · Caregiver Ana Ruiz, Phone: …": a phone whose label
 * follows a relative's or carer's words in the same text, with no label of the client's between, is that person's.
 * `from`: where the text before the phone's label starts (the previous label's value, or the text's start).
 */
export function phoneAfterRelative(text: string, from: number, labelStart: number): boolean {
  return RELATION.test(text.slice(from, labelStart));
}
