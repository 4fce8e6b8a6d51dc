/**
 * "Kamala Thapa MAGAR (GAN203011, Female, 41 Years)": a header printing the patient as one phrase,
 * the name and then, in one pair of brackets, the record number followed by the sex or the age. The
 * tokens come back as a banner line prints them (the name, the identifier alone in brackets, each
 * value), so the line reader takes the number as the name's own. Null when the brackets hold no sex
 * or age after the identifier: "Jane Doe (MR-10, ward 4)" is no patient summary, and "(555-0134, …)"
 * a phone.
 */
const BRACKETED = /^([^()\d]+?) ?\( ?([A-Za-z]{0,6}[- ]?\d[\w-]{2,20}) ?, ?([^()]+?) ?\)$/;
const SEX_OR_AGE = /^(?:m|f|male|female|\d{1,3} ?(?:y|yrs?|years?)(?: old)?)\.?$/i;
const PHONE = /^(?:\d{3}-)?\d{3}-\d{4}$/;

export function bracketedSummary(tokens: string[]): string[] | null {
  // Tokens are the phrase cut at commas (a text) or its chips with their commas (one element per value).
  const m = BRACKETED.exec(tokens.join(', ').replace(/,(?:\s*,)+/g, ',').replace(/,\s*\(/g, ' (').replace(/\s+/g, ' ').trim());
  if (!m || PHONE.test(m[2] as string)) return null;
  const rest = (m[3] as string).split(/ ?, ?/);
  return rest.some((t) => SEX_OR_AGE.test(t)) ? [(m[1] as string).trim(), `(${m[2]})`, ...rest] : null;
}
