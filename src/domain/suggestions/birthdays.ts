import { daysBetweenDates, isValidCalendarDate } from '../time/dates';

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * The birthday as celebrated in `year`. Someone born on 29 February is greeted on 28 February in
 * other years, so the greeting never slips into the next month.
 */
export function birthdayIn(dob: string, year: number): string {
  const md = dob.slice(5);
  const y = String(year).padStart(4, '0');
  return md === '02-29' && !isLeap(year) ? `${y}-02-28` : `${y}-${md}`;
}

/** The next birthday on or after `today`, or undefined for a missing or malformed date of birth. */
export function nextBirthday(dob: string | undefined, today: string): string | undefined {
  if (dob === undefined || !isValidCalendarDate(dob)) return undefined;
  const year = Number(today.slice(0, 4));
  const thisYear = birthdayIn(dob, year);
  return daysBetweenDates(today, thisYear) >= 0 ? thisYear : birthdayIn(dob, year + 1);
}
