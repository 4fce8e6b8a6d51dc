/** A calendar date in the user's locale, formatted at UTC so that no time zone moves the day. */
export function formatCalendarDate(date: string): string {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium' }).format(Date.UTC(y, m - 1, d));
}

/** A calendar date for people, with the machine-readable date beside it. */
export function CalendarDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatCalendarDate(date)}</time>;
}
