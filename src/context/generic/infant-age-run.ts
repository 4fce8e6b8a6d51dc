import { infantAge } from './product-infant-age';

const INFANT_LEAD = /^(\d{1,2} ?(?:mths?|mos|months?|wks?|weeks?|days?)) (.+)$/i;
const SEX = /^(?:m|f|male|female)$/i;
const DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})$/;
const HASH = /^#[A-Za-z]{0,3}\d[\w-]{2,20}$/;

/**
 * Paediatric banners print a child's age in months or weeks, two words, then the sex and birth date one space
 * apart and the chart's "#" number last ("9 mos M 03-08-2026 #771203"): a run shape-run.ts cannot part, the age
 * having a space of its own. Parted only when every value after the age is a sex, a date or (last) a "#" number
 * and a date is among them, so the age confirms the birth date as an adult's years do.
 */
export function infantAgeRun(token: string): string[] | null {
  const m = INFANT_LEAD.exec(token);
  if (!m || infantAge(m[1] as string) === null) return null;
  const rest = (m[2] as string).split(' ');
  const values = HASH.test(rest[rest.length - 1] ?? '') ? rest.slice(0, -1) : rest;
  if (values.length === 0 || values.length > 3 || !values.every((v) => SEX.test(v) || DATE.test(v)) || !values.some((v) => DATE.test(v))) return null;
  return [m[1] as string, ...rest];
}
