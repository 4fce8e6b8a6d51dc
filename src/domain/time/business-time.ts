import { addDays, calendarDateOf, epochAtLocal, isValidCalendarDate, weekdayOf } from './dates';
import { federalHolidayOn } from './holiday-calendar';
import type { WorkSchedule } from '../../model/settings';

/** Stated apart, so that settings' defaults do not bring the business-hours arithmetic with them. */
export { DEFAULT_SCHEDULE } from './default-schedule';

// Ten years of days: any real schedule finds a working day long before; a broken one must not hang.
const MAX_DAYS_SEARCHED = 3660;
const MINUTE_MS = 60_000;

type DaySchedule = Pick<WorkSchedule, 'workingDays' | 'holidays' | 'extraHolidays'>;

export function isBusinessDay(date: string, schedule: DaySchedule): boolean {
  if (!schedule.workingDays.includes(weekdayOf(date))) return false;
  if (schedule.holidays === 'us-federal' && federalHolidayOn(date)) return false;
  return !schedule.extraHolidays.includes(date);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string, schedule: DaySchedule): string {
  let d = date;
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
    d = addDays(d, 1);
    if (isBusinessDay(d, schedule)) return d;
  }
  throw new RangeError('The work schedule has no business day within ten years');
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes (with fractions for seconds) after local midnight, as a wall clock in `timeZone` shows. */
function wallMinutesOf(epochMs: number, timeZone: string): number {
  let f = wallFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' });
    wallFormatters.set(timeZone, f);
  }
  let minutes = 0;
  for (const p of f.formatToParts(epochMs)) {
    if (p.type === 'hour') minutes += Number(p.value) * 60;
    if (p.type === 'minute') minutes += Number(p.value);
  }
  const withinMinute = ((epochMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  return minutes + withinMinute / MINUTE_MS;
}

/** Wall-clock minute `m` on `date` as an instant; counting in wall minutes keeps DST days honest. */
function instantAt(date: string, m: number, timeZone: string): number {
  const whole = Math.floor(m);
  const day = whole >= 1440 ? addDays(date, 1) : date;
  const mod = whole % 1440;
  return epochAtLocal(day, Math.floor(mod / 60), mod % 60, timeZone) + Math.round((m - whole) * MINUTE_MS);
}

function checkSchedule(s: WorkSchedule): void {
  const ok =
    s.workingDays.length > 0 &&
    Number.isInteger(s.startMinutes) &&
    Number.isInteger(s.endMinutes) &&
    s.startMinutes >= 0 &&
    s.endMinutes <= 1440 &&
    s.startMinutes < s.endMinutes &&
    s.extraHolidays.every(isValidCalendarDate);
  if (!ok) throw new RangeError('Invalid work schedule');
}

/**
 * When `hours` of working time after `now` run out: the promptness target for a callback. A call
 * that comes in outside working hours starts counting at the next opening, so a client who calls
 * at 4:30 pm on Friday with a 4-hour target is due back by 12:30 pm on Monday.
 */
export function addBusinessHours(now: number, hours: number, schedule: WorkSchedule): number {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Business hours must be >= 0, got ${hours}`);
  checkSchedule(schedule);
  const { timeZone, startMinutes: start, endMinutes: end } = schedule;
  let date = calendarDateOf(now, timeZone);
  let m = wallMinutesOf(now, timeZone);
  if (!isBusinessDay(date, schedule) || m >= end) {
    date = nextBusinessDay(date, schedule);
    m = start;
  }
  m = Math.max(m, start);
  let remaining = hours * 60;
  while (remaining > end - m) {
    remaining -= end - m;
    date = nextBusinessDay(date, schedule);
    m = start;
  }
  return instantAt(date, m + remaining, timeZone);
}
