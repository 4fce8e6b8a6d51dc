import { calendarDateOf, epochAtLocal } from '../../domain/time/dates';

/** The value a `datetime-local` input shows for an instant, in the user's zone. */
export function localInputValue(epochMs: number, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    epochMs,
  );
  return `${calendarDateOf(epochMs, timeZone)}T${time}`;
}

/** A `datetime-local` value read as wall-clock time in the user's zone; undefined when incomplete. */
export function epochFromLocalInput(value: string, timeZone: string): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  return epochAtLocal(match[1] as string, Number(match[2]), Number(match[3]), timeZone);
}
