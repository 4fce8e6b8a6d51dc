/**
 * A programme's enrolment grid counts the people each enrolment covers ("Client Count" in an HMIS Entry/Exit tab,
 * "Clients served", "Member Total"): such a column holds a number, not a person, so it makes no table a list of clients.
 */
export const COUNT_COLUMN = /^(?:patient|member|client|resident)s?\W*\s*(?:count|ct\b|served|total|enrolled\b)/i;
