import { allForYear } from '@18f/us-federal-holidays';

/**
 * US federal holidays (5 U.S.C. 6103) with the dates federal offices observe them (a Saturday
 * holiday the Friday before, a Sunday one the Monday after), from a calendar the US government
 * maintains rather than one of our own.
 */
export interface Holiday {
  date: string;
  name: string;
}

const byYear = new Map<number, readonly Holiday[]>();

/** Observed holidays for `year`; New Year's Day may be observed on 31 December of the year before. */
export function usFederalHolidays(year: number): readonly Holiday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  // dateString is built from the library's own year/month/day numbers: no time zone is involved.
  const list = allForYear(year).map((holiday) => ({ date: padded(holiday.dateString), name: holiday.name }));
  byYear.set(year, list);
  return list;
}

function padded(dateString: string): string {
  const [y, m, d] = dateString.split('-');
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

export function usFederalHolidayOn(date: string): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  // 31 December can be the observed New Year's Day of the next year.
  return [...usFederalHolidays(year), ...usFederalHolidays(year + 1)].find((h) => h.date === date);
}
