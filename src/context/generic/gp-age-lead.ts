import { YEARS } from './age-years';

/** "Age: 41 Y Sex: Female", "58 yrs Gender: M": an age, then labelled values, in one cell. */
const AGE_LEAD = new RegExp(`^((?:age:? ?)?\\d{1,3} ?${YEARS}) (\\S.*:.*)$`, 'i');

/**
 * A cell that prints the age and then labels the sex ("Age: 41 Y Sex: Female") is two chips run together: split,
 * the age is read as a banner line's age (checked against the birth date) and the rest by its labels.
 */
export function ageLead(token: string): string[] {
  const m = AGE_LEAD.exec(token);
  return m ? [m[1] as string, m[2] as string] : [token];
}
