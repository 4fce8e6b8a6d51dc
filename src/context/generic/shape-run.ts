import { YEARS } from './age-years';
import { infantAgeRun } from './infant-age-run';
import { matchLabel } from './labels';

const SEX = /^(?:m|f|male|female)$/i;
const DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})$/;
const AGE = new RegExp(`^\\d{1,3}${YEARS}$`, 'i');
/** "38Y M FIN 8820145573": an age and a sex, then a label with its value. */
const AGE_SEX_LEAD = new RegExp(`^(\\d{1,3}${YEARS}) (m|f) (([a-z#]{2,6}):? \\S*\\d.*)$`, 'i');

const shape = (part: string) => SEX.test(part) || DATE.test(part) || AGE.test(part);

/**
 * A patient label's line prints its values one space apart, with nothing else between them ("F 01/30/1942 84Y",
 * "38Y M FIN 8820145573"): a line of such values is so many chips, each read by its shape; the age, the sex and the
 * birth date then confirm one another as a banner's do. Only a token made wholly of such shapes is parted, or one led
 * by an age and a sex before a known label, so a date in words or a sentence stays whole.
 */
export function shapeRun(token: string): string[] {
  const parts = token.split(' ');
  if (parts.length >= 2 && parts.length <= 4 && parts.every(shape)) return parts;
  const lead = AGE_SEX_LEAD.exec(token);
  if (lead && matchLabel(lead[4] as string)) return [lead[1] as string, lead[2] as string, lead[3] as string];
  // Or led by an infant's age in months or weeks (infant-age-run.ts).
  return infantAgeRun(token) ?? [token];
}
