import type { LabelRule } from './labels';

/**
 * How manufacturer patient-support hubs (access and reimbursement services, copay and bridge programs, nurse educator
 * and specialty pharmacy triage tools) label their patient, ahead of the general rules in labels.ts: the hub keys the
 * patient by its own number, prefixed with the service ("Hub Patient ID", "Program Patient #") or called a key
 * ("Patient Key"), beside the case, referral and benefits investigation numbers that number the work, not the person;
 * and the phone the patient consented to be reached on ("Consented mobile", "Best number" is already a phone).
 */
const NO = '(?:id|#|no\\.?|num(?:ber)?|key)';

export const HUB_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^(?:hub|program|support|enrol(?:l)?ment|access|services?) (?:patient|pt\\.?) ${NO}$`) },
  { field: 'mrn', re: /^(?:patient|pt\.?) key$/ },
  { field: 'phone', re: /^consented (?:mobile|cell|phone|number|text number)$/ },
];
