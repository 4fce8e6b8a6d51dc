/**
 * "Date of birth" and, in the insurance block of the same form, "Subscriber DOB": the policy holder's birth date under a
 * label that names them, beside the client's own under a plain one. The plain label wins; a page whose only birth date
 * is the subscriber's (a payer's page, where the member is often the subscriber) still reads it.
 */
const HOLDER_DOB = /^label "(?:subscriber|guarantor|insured|policy ?holder|cardholder|responsible party)(?:'s)? /i;

export function withoutHoldersBirthDates<P extends { field: string; how: string }>(pairs: P[]): P[] {
  const dobs = pairs.filter((p) => p.field === 'dob');
  if (!dobs.some((p) => HOLDER_DOB.test(p.how)) || dobs.every((p) => HOLDER_DOB.test(p.how))) return pairs;
  return pairs.filter((p) => p.field !== 'dob' || !HOLDER_DOB.test(p.how));
}
