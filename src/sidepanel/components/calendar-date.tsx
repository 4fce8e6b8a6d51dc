import { usePanel } from '../panel';

/** A calendar date in the panel's one date format, with the machine-readable date beside it. */
export function CalendarDate({ date }: { date: string }) {
  const { formats } = usePanel();
  return <time dateTime={date}>{formats.date(date)}</time>;
}
