import type { WorkSchedule } from '../../model/settings';

/** Weekdays nine to five, US federal holidays off: the schedule until the user sets their own. */
export const DEFAULT_SCHEDULE: Readonly<WorkSchedule> = Object.freeze({
  timeZone: 'America/New_York',
  workingDays: [1, 2, 3, 4, 5],
  startMinutes: 9 * 60,
  endMinutes: 17 * 60,
  holidays: 'us-federal',
  extraHolidays: [],
});
