import { RELATION } from './relation-words';

/**
 * Whose a line's identity is. Contact sections and notes print a relative's phone and birth date in the
 * same separated form as a banner line, often under a section title ("Contacts · Emergency contact: son
 * Marek Nowak · (555) 414-2290 · DOB 05/03/1966"): a relative named before the birth date or record
 * number makes the line theirs, wherever in the line the relation stands. A clinician named there
 * ("PCP: Dr. Lee") does not: banners name the client's doctors beside the client's identity.
 */
// Or the chart's "#" number ("Abena Boateng, sister, 6 yrs, #704480": a paediatric chart's household lists siblings so).
const IDENTITY_TOKEN = /\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\b(?:dob|born|mrn)\b|^#\s?[A-Za-z]*\d/i;

/** A relative, a carer or the person answering for the client: a clinician only names the client's doctor. */
export const namesRelative = (token: string) =>
  RELATION.test(token.replace(/\bdr\.?|\bnurse\b/gi, '')) || /\bemergency\b|\bnext[- ]of[- ]kin\b|\bguarant|\bresp(?:\.|onsible)? part|\bhead of (?:the )?(?:family|household)\b/i.test(token);

export function relativeBeforeIdentity(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => namesRelative(t) && tokens.slice(i + 1).some((u) => IDENTITY_TOKEN.test(u)));
}
