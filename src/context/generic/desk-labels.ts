import type { LabelRule } from './labels';

/**
 * How helpdesks and service CRMs label the person a ticket or case is about, ahead of the general rules in labels.ts:
 * - a reference number given to the client ("Client ref.", "Customer Reference #") is their record number, weighed as
 *   a client or customer id is, yielding to a labelled MRN;
 * - a patient's account number ("Pt Acct #") weighs as any account number does (a practice's chart number, a
 *   hospital's billing account beside the MRN);
 * - a phone labelled with the case's role for the client ("Consumer phone", "Requester phone", "Caller phone").
 *   A subscriber's is not among them: the plan's subscriber may be someone else.
 */
const NO = '(?: ?(?:#|no\\.?|num(?:ber)?))?';

export const DESK_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^(?:client|patient|pt\\.?|customer|consumer|member) ref(?:\\.|erence)?${NO}$`), weak: 0.25 },
  { field: 'mrn', re: new RegExp(`^(?:patient|pt\\.?) (?:acct\\.?|account)${NO}$`), weak: 2 },
  { field: 'phone', re: /^(?:consumer|customer|requester|requestor|caller|enrollee|participant|resident) (?:phone|ph\.?|tel\.?|mobile|cell)(?: ?(?:#|no\.?|number))?$/ },
];
