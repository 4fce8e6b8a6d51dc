/**
 * "Gender M", "Sex F", "DOB 06/30/2018": a line of facts whose label lost its colon (or never had one) opens with the
 * label's word. Capitalised words with a capital letter after them read as a name, but no person is named by a
 * sex or birth date label, so such a text never is the client's name (a surname like "Born" is written "Born, Max"
 * or after the given name).
 */
const FIELD_LABEL_LEAD = /^(?:sex|gender|dob|d\.o\.b\.?|birth ?date|birthday)(?!,)\s/i;

export const ledByFieldLabel = (text: string): boolean => FIELD_LABEL_LEAD.test(text.trim());
