import type { Wording } from '../domain/text/message-keys';

/** The zone the browser runs in: every calendar date a person sees is a day of this zone. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** How a person reads dates, times and counts: one format per kind, in the browser's language. */
export interface Formats extends Wording {
  /** A calendar date (YYYY-MM-DD): "Dec 4, 2026". */
  date(date: string): string;
  /** An instant, with its time of day: "Dec 4, 2026, 3:30 PM". */
  dateTime(epochMs: number): string;
  /** An instant's time of day only: "3:30 PM". */
  time(epochMs: number): string;
  locale: string;
  timeZone: string;
}

export function createFormats(locale: string, timeZone: string): Formats {
  const safeLocale = supported(locale);
  // Calendar dates are formatted at UTC midnight, so no time zone can move the day.
  const dates = new Intl.DateTimeFormat(safeLocale, { timeZone: 'UTC', dateStyle: 'medium' });
  const instants = new Intl.DateTimeFormat(safeLocale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const times = new Intl.DateTimeFormat(safeLocale, { timeZone, timeStyle: 'short' });
  const plurals = new Intl.PluralRules(safeLocale);
  return {
    locale: safeLocale,
    timeZone,
    date(date) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      if (!match) return date;
      return dates.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    },
    dateTime: (epochMs) => instants.format(epochMs),
    time: (epochMs) => times.format(epochMs),
    pluralCategory: (count) => plurals.select(count),
  };
}

/** The browser's language when Intl knows it, else English: a bad tag must not break the panel. */
function supported(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}
