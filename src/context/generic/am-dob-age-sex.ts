import { YEARS } from './age-years';

/** "DOB: 12/08/1949 (76 yo F)": the age and sex in brackets after a labelled birth date; the sex is the letter or word. */
const AFTER_DATE = new RegExp(`\\(\\s*\\d{1,3}\\s*${YEARS}\\s*[,/]?\\s*(male|female|[mf])\\s*\\)\\s*$`, 'i');

export function sexAfterBirthDate(raw: string): string | null {
  return AFTER_DATE.exec(raw)?.[1] ?? null;
}
