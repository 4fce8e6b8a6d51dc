import type { YMD } from '../parse/dates';

/**
 * "Age: 67 (DOB: 1959-04-22)", "Age: 29 years (Female)": a record labels the age and prints the birth
 * date or the sex in brackets after it, so that value's label does not start the text and the text
 * reads like a note naming a relative's date. The labelled age heads the text here ("Son: 40 (DOB …)"
 * is a relative's row), and a date must agree with it in its year. Returns the raw date and the sex.
 */
const AGE_THEN = /^\s*age\s*[:=]?\s*(\d{1,3})\s*(?:y|yrs?|years?(?: old)?)?\.?\s*\(\s*(?:(male|female|m|f)|(?:dob|d\.o\.b\.?|born|birth ?date|date of birth)\s*[:=]?\s*([^()]{6,30}?))\s*\)\s*$/i;

export function afterAge(text: string, today: YMD): { dob?: string; sex?: string } | null {
  const m = AGE_THEN.exec(text);
  if (!m) return null;
  if (m[2]) return { sex: m[2] };
  const year = /\b(\d{4})\b/.exec(m[3] as string);
  const years = year ? today.y - Number(year[1]) : -9;
  const age = Number(m[1]);
  return age === years || age === years - 1 ? { dob: m[3] as string } : null;
}
