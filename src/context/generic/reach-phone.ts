import { RELATION } from './relation-words';

/**
 * "Best number to reach her is (412) 555-0187 (cell).", "She is best reached at 555-0143.", "We will call her at …":
 * a referral's or note's prose gives the client's phone in a sentence about reaching them, after the sentence that
 * names them. Only about "her", "him", "them" or the patient, and never after a relative, a carer or a clinician is
 * named ("Her son can be reached at …"; a later "her" may mean them too); only in the prose that gave the identity.
 */
const REACH =
  /\b(?:best (?:number|phone(?: number)?|way) to reach (?:her|him|them|the (?:patient|client|member))(?: is| at)?|best reached (?:at|on)|(?:can|may) be reached (?:at|on)|(?:call|reach|text) (?:her|him|them|the (?:patient|client|member)) (?:at|on))\s*:?\s*(\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})\b/i;

export function reachPhone(text: string): string | null {
  const m = REACH.exec(text.slice(0, 2000));
  // Anyone else named before it may be whom "her" or "him" means.
  return m && !RELATION.test(text.slice(0, m.index)) ? (m[1] as string) : null;
}
