/**
 * Banners give an infant's age in months, weeks or days ("3 mths · 12-Aug-2026"), not years: that age
 * confirms the birth date beside it as well as "58 yrs" does. Whole years of the age, or null.
 */
const INFANT_AGE = /^(\d{1,2}) ?(mths?|mos|months?|wks?|weeks?|days?)$/i;

export function infantAge(token: string): number | null {
  const m = INFANT_AGE.exec(token);
  return m ? (/^m/i.test(m[2] as string) ? Math.floor(Number(m[1]) / 12) : 0) : null;
}
