import { addDays, daysBetweenDates } from './dates';

/**
 * US federal holidays (5 U.S.C. 6103) with the dates federal offices observe them: a Saturday
 * holiday is observed the Friday before, a Sunday holiday the Monday after. Computed here because
 * src/domain takes no npm imports; the tests check it against @18f/us-federal-holidays.
 * Juneteenth counts from 2021, the year it became a holiday.
 */
export interface Holiday {
  date: string;
  name: string;
}

const SUNDAY = '1970-01-04';

/** 0 = Sunday … 6 = Saturday, from the calendar date alone. */
export function weekdayOf(date: string): number {
  return ((daysBetweenDates(SUNDAY, date) % 7) + 7) % 7;
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function nthWeekday(y: number, m: number, weekday: number, n: number): string {
  const first = ymd(y, m, 1);
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}

function lastWeekday(y: number, m: number, weekday: number): string {
  const lastDay = addDays(ymd(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), -1);
  return addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
}

function observed(date: string): string {
  const wd = weekdayOf(date);
  if (wd === 6) return addDays(date, -1);
  if (wd === 0) return addDays(date, 1);
  return date;
}

const byYear = new Map<number, readonly Holiday[]>();

/** Observed holidays for `year`; New Year's Day may be observed on 31 December of the year before. */
export function usFederalHolidays(year: number): readonly Holiday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const list: Holiday[] = [
    { date: observed(ymd(year, 1, 1)), name: "New Year's Day" },
    { date: nthWeekday(year, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.' },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: lastWeekday(year, 5, 1), name: 'Memorial Day' },
    ...(year >= 2021 ? [{ date: observed(ymd(year, 6, 19)), name: 'Juneteenth National Independence Day' }] : []),
    { date: observed(ymd(year, 7, 4)), name: 'Independence Day' },
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
    { date: observed(ymd(year, 11, 11)), name: 'Veterans Day' },
    { date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
    { date: observed(ymd(year, 12, 25)), name: 'Christmas Day' },
  ];
  byYear.set(year, list);
  return list;
}

export function usFederalHolidayOn(date: string): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  // 31 December can be the observed New Year's Day of the next year.
  return [...usFederalHolidays(year), ...usFederalHolidays(year + 1)].find((h) => h.date === date);
}
