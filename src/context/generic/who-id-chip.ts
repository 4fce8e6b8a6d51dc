import type { LabelRule } from './labels';
import type { RawPair } from './line';

/**
 * A chip or tag of a driver's, a scheduler's or a roster's app that prints the person's kind before their number,
 * no colon ("Member MHP-9043318", "Patient 00412377", "Client TN-00418"): the word labels the number, not a
 * name, as it does after a colon. One token after it, with five digits or more and no date's separators: "Member
 * since 2019", "Patient 2 of 5" and "Member DOE" stay what they were. Only on a line that prints the person's birth
 * date too (line.ts): a next rider's or a list's chip of a number alone is someone else's. A person's number beside a
 * labelled MRN yields to it, as a client id does (labels.ts).
 * With a "#" glued to the number ("Client #73019", "Client #FR-3382": HMIS and Ryan White case management strips), the
 * mark says it is a number: three digits are enough.
 */
const WHO = '(?:member|mbr|patient|pt|client|resident|rider|enrollee|participant)';
/** Not a plan's member: "Member #TCH-4471029" beside a chart number is the insurance card's. */
const OWN = '(?:patient|pt|client|resident|participant)';
const WHO_ID = new RegExp(`^(?:${WHO} ([A-Z]{0,5}-?(?=(?:[A-Z-]*\\d){5})[A-Z\\d][A-Z\\d-]{4,19})|${OWN} #([A-Z]{0,5}-?(?=(?:[A-Z-]*\\d){3})[A-Z\\d][A-Z\\d-]{2,19}))$`, 'i');

const WHO_ID_RULE: LabelRule = { field: 'mrn', re: /^$/, weak: 0.25 };

/** The number such a token prints, as a label's pair; null for any other token. */
export function whoIdChip(token: string): RawPair | null {
  const id = WHO_ID.exec(token);
  return id ? { rule: WHO_ID_RULE, raw: (id[1] ?? id[2]) as string, how: `label "${token.slice(0, token.indexOf(' '))}"` } : null;
}
