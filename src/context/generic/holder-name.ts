/**
 * "Patient Name" and, a few cells on, "Subscriber Name": a payer's auth or eligibility response names the policy
 * holder beside the patient when the patient is a dependant (a spouse, a child). Two labelled names made the page
 * read as two clients. The plain label wins, as the holder's birth date yields (holder-dob.ts); a page whose only
 * name is the subscriber's (the member is often the subscriber) still reads it.
 */
const HOLDER_NAME = /^label "(?:subscriber|cardholder|card holder)(?:'s)? (?:full )?name/i;

export function withoutHoldersNames<P extends { field: string; how: string }>(pairs: P[]): P[] {
  const names = pairs.filter((p) => p.field === 'name');
  if (!names.some((p) => HOLDER_NAME.test(p.how)) || names.every((p) => HOLDER_NAME.test(p.how))) return pairs;
  return pairs.filter((p) => p.field !== 'name' || !HOLDER_NAME.test(p.how));
}
