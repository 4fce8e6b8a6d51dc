import type { YMD } from '../parse/dates';

/**
 * "Age: 67 (DOB: 1959-04-22)", "Age: 67 years (born 22/04/1959)": a record labels the age and prints
 * the birth date in brackets after it, so the date's label does not start the text and the text
 * reads like a note naming a relative's date. The labelled age heads the text here ("Son: 40 (DOB …)"
 * is a relative's row), and it must agree with the date's year: the raw date, else null.
 */
const AGE_THEN_BIRTH = /^\s*age\s*[:=]?\s*(\d{1,3})\s*(?:y|yrs?|years?(?: old)?)?\.?\s*\(\s*(?:dob|d\.o\.b\.?|born|birth ?date|date of birth)\s*[:=]?\s*([^()]{6,30}?)\s*\)\s*$/i;

export function birthAfterAge(text: string, today: YMD): string | null {
  const m = AGE_THEN_BIRTH.exec(text);
  const year = m && /\b(\d{4})\b/.exec(m[2] as string);
  if (!m || !year) return null;
  const years = today.y - Number(year[1]);
  const age = Number(m[1]);
  return age === years || age === years - 1 ? (m[2] as string) : null;
}
