/**
 * Insurance lines name the policy's holder with their own birth date ("Policy holder Kwabena Boateng DOB
 * 07-22-1990", "Subscriber: Ana Ruiz, born 1988"): on a child's or a dependant's chart that is a parent or a
 * spouse, so such prose is the holder's identity, never the client's. A page whose client holds the policy
 * prints the client's own banner elsewhere; that banner, not the insurance line, gives the birth date.
 */
const HOLDER = /\b(?:policy[- ]?holder|subscriber|card[- ]?holder|insured|guarantor)\b/i;

export const namesPolicyHolder = (head: string): boolean => HOLDER.test(head);
