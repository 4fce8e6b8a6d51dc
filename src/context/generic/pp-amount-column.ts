/**
 * A claim's or statement's service lines head their money columns with the patient's share ("Patient Resp.",
 * "Patient Responsibility", "Member Paid", "Patient Balance"): such a column holds amounts, not people, so it makes
 * no table a list of patients.
 */
export const AMOUNT_COLUMN = /^(?:patient|member|client|resident)s?\W*\s*(?:resp\b|responsibility|liability|balance|bal\b|pay|paid|payment|portion|share|amount|amt|owes?|due|cost|copay|co-?insurance|deductible)/i;
