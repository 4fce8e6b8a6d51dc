import type { LabelRule } from './labels';

/**
 * How community health worker and social-care referral apps label the person a page is about, ahead of the general
 * rules in labels.ts:
 * - a social-care network calls the person looking for help a "seeker" (findhelp-like "Seeker ID"): their own id,
 *   weighed as a client id is, yielding to a labelled MRN;
 * - an outreach vendor working a health plan's member list (in-home evaluations, gap-closure calls) captions the
 *   plan's number "Plan Member #" / "Health Plan Member ID": the member number, weighed a little below a member
 *   number: where a page also prints an unqualified "Member ID" (a club's, a programme's or a CRM's own number for
 *   the contact, with the insurer's card number among their care details), that one is the record's.
 */
const NO = '(?:#|id|no\\.?|num(?:ber)?)(?: ?#)?';

export const OUTREACH_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^seeker ?${NO}$`), weak: 0.25 },
  { field: 'mrn', re: new RegExp(`^(?:health )?plan (?:member|mbr) ?${NO}$`), weak: 0.75 },
];
