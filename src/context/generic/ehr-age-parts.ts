import type { YMD } from '../parse/dates';

/**
 * "22 years, 1 month, 2 days | 02/11/2004": an age printed to the day fixes the birth date, so it
 * says which of a numeric date's day and month comes first, which the years alone cannot. The age
 * comes back as its years (the months and days are not ages of their own, an infant's "3 months"),
 * and the date as ISO when one order agrees with the age to within ten days; a date that agrees in
 * neither order is dropped rather than read against it. Null when the tokens hold no such age.
 */
const YEARS = /^(\d{1,3}) ?(?:y|yrs?|years?)$/i;
const MONTHS = /^(\d{1,2}) ?(?:m|mos?|months?)$/i;
const DAYS = /^(\d{1,2}) ?(?:d|days?)$/i;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY = 86_400_000;

export function exactAge(tokens: string[], today: YMD): string[] | null {
  const i = tokens.findIndex((t) => YEARS.test(t));
  const years = i < 0 ? null : YEARS.exec(tokens[i] as string);
  const months = MONTHS.exec(tokens[i + 1] ?? '');
  if (!years || !months) return null;
  const days = DAYS.exec(tokens[i + 2] ?? '');
  const born = Date.UTC(today.y - Number(years[1]), today.m - 1 - Number(months[1]), today.d - Number(days?.[1] ?? 0));
  const out = [...tokens.slice(0, i + 1), ...tokens.slice(i + (days ? 3 : 2))];
  return out.flatMap((t) => {
    const m = NUMERIC.exec(t);
    if (!m) return [t];
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Without days the age fixes the date to within a month; with them, to the day on the day the page was made (a page
    // left open for days is still read: the two orders of a date whose day and month are both 12 or less are a month apart).
    const near = (mo: number, d: number) => mo <= 12 && d <= 31 && Math.abs(Date.UTC(y, mo - 1, d) - born) <= (days ? 10 : 31) * DAY;
    const orders = [near(a, b) && [a, b], near(b, a) && [b, a]].filter((o): o is number[] => !!o);
    const [mo, d] = orders[0] ?? [];
    if (orders.length === 0) return [];
    return orders.length === 1 || a === b ? [`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`] : [t];
  });
}
