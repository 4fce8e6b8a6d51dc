import type { LabelRule } from './labels';

/**
 * Statutory forms (a 72-hour involuntary hold application, a petition, a court order) caption the person's own
 * fields in the possessive, to tell them from the petitioner's and the officer's on the same form ("Patient's
 * telephone", "Client's phone number"): the client's phone.
 */
export const HOLD_FORM_LABEL_RULES: readonly LabelRule[] = [
  { field: 'phone', re: /^(?:patient|client|person|respondent)'s (?:(?:home|mobile|cell) )?(?:tele)?phone(?: (?:#|no\.?|number))?$/ },
];
