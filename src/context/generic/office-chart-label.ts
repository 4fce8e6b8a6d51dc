import type { LabelRule } from './labels';

/**
 * A payer's or a benefit manager's prior authorization form asks the ordering office for its own number of the
 * patient, and its case summary prints it under the office's word: "Ordering office chart #", "Office
 * patient ID", "Requesting practice chart no.", "Referring physician chart #". That is the client's chart at the treating practice: the
 * record number, ahead of the plan's member id beside it (weak as a referring hospital's MRN is, labels.ts).
 * Unrecognised, its words before the number had been read as a second name ("Ordering office").
 */
const NO = '(?:#|id|no\\.?|num(?:ber)?|nbr)(?: ?#)?';
const ROLE = '(?:ordering|requesting|referring|rendering|servicing|treating|prescribing)';
/**
 * The office's word, or a practice's or provider's qualified by its role: a bare "Clinic MRN", "Provider MRN" or "Practice
 * Patient ID" is left to labels.ts.
 */
const WHOSE = `(?:(?:${ROLE} )?office|${ROLE} (?:practice|provider|physician|prescriber))(?:'s)?`;

export const OFFICE_CHART_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^${WHOSE} (?:chart|patient|record)(?: ?${NO})?$`), weak: 0.25 },
];
