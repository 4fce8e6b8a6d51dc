import { allForYear } from '@18f/us-federal-holidays';
import { describe, expect, it } from 'vitest';
import { addBusinessHours, DEFAULT_SCHEDULE, isBusinessDay, nextBusinessDay } from '../../../../src/domain/time/business-time';
import { usFederalHolidayOn, usFederalHolidays } from '../../../../src/domain/time/us-holidays';
import { epochAtLocal, weekdayOf } from '../../../../src/domain/time/dates';
import type { WorkSchedule } from '../../../../src/model/settings';
import { loadHolidayCalendar } from '../../../../src/domain/time/holiday-calendar';

// Business days count holidays: the calendar the panel loads on demand is loaded first here too.
await loadHolidayCalendar();

const NY = 'America/New_York';
const ny = (date: string, hh: number, mm = 0) => epochAtLocal(date, hh, mm, NY);
const HOUR = 3_600_000;

describe('US federal holidays', () => {
  it('match @18f/us-federal-holidays, observed dates included, 2021–2045', () => {
    for (let y = 2021; y <= 2045; y++) {
      expect(usFederalHolidays(y).map((h) => h.date).sort(), String(y)).toEqual(allForYear(y).map((h) => h.dateString).sort());
    }
  });

  it('finds a New Year observed on 31 December of the year before', () => {
    expect(usFederalHolidayOn('2021-12-31')?.name).toBe("New Year's Day");
    expect(usFederalHolidayOn('2026-11-26')?.name).toBe('Thanksgiving Day');
    expect(usFederalHolidayOn('2026-11-27')).toBeUndefined();
  });

  it('knows the weekday of a calendar date without a time zone', () => {
    expect(weekdayOf('2026-03-08')).toBe(0);
    expect(weekdayOf('2026-03-06')).toBe(5);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });
});

describe('business days', () => {
  it('skip weekends, federal holidays and extra closures', () => {
    expect(isBusinessDay('2026-03-06', DEFAULT_SCHEDULE)).toBe(true);
    expect(isBusinessDay('2026-03-07', DEFAULT_SCHEDULE)).toBe(false);
    expect(isBusinessDay('2026-11-26', DEFAULT_SCHEDULE)).toBe(false);
    expect(isBusinessDay('2026-11-26', { ...DEFAULT_SCHEDULE, holidays: 'none' })).toBe(true);
    expect(isBusinessDay('2026-11-27', { ...DEFAULT_SCHEDULE, extraHolidays: ['2026-11-27'] })).toBe(false);
    expect(nextBusinessDay('2026-03-06', DEFAULT_SCHEDULE)).toBe('2026-03-09');
    expect(nextBusinessDay('2026-11-25', DEFAULT_SCHEDULE)).toBe('2026-11-27');
  });

  it('refuses a schedule with no working day instead of looping', () => {
    expect(() => nextBusinessDay('2026-01-01', { ...DEFAULT_SCHEDULE, workingDays: [] })).toThrow(RangeError);
  });
});

describe('addBusinessHours', () => {
  it('rolls 4:30 pm Friday + 4 h over the weekend to Monday 12:30', () => {
    expect(addBusinessHours(ny('2026-05-15', 16, 30), 4, DEFAULT_SCHEDULE)).toBe(ny('2026-05-18', 12, 30));
  });

  it('starts counting at the next opening for a call outside hours', () => {
    expect(addBusinessHours(ny('2026-05-18', 7), 4, DEFAULT_SCHEDULE)).toBe(ny('2026-05-18', 13));
    expect(addBusinessHours(ny('2026-05-18', 18), 4, DEFAULT_SCHEDULE)).toBe(ny('2026-05-19', 13));
    expect(addBusinessHours(ny('2026-05-16', 10), 4, DEFAULT_SCHEDULE)).toBe(ny('2026-05-18', 13));
    expect(addBusinessHours(ny('2026-05-18', 17), 0, DEFAULT_SCHEDULE)).toBe(ny('2026-05-19', 9));
  });

  it('stays within the day when the hours fit, keeping seconds', () => {
    const now = ny('2026-05-18', 10) + 30_500;
    expect(addBusinessHours(now, 4, DEFAULT_SCHEDULE)).toBe(now + 4 * HOUR);
    expect(addBusinessHours(ny('2026-05-18', 13), 4, DEFAULT_SCHEDULE)).toBe(ny('2026-05-18', 17));
  });

  it('skips a federal holiday (Thanksgiving) but not the Friday after', () => {
    expect(addBusinessHours(ny('2026-11-25', 16), 4, DEFAULT_SCHEDULE)).toBe(ny('2026-11-27', 12));
  });

  it('lands on the right wall-clock time across the March and November DST changes', () => {
    const spring = addBusinessHours(ny('2026-03-06', 16, 30), 4, DEFAULT_SCHEDULE);
    expect(spring).toBe(ny('2026-03-09', 12, 30));
    expect(new Date(spring).toISOString()).toBe('2026-03-09T16:30:00.000Z');
    const fall = addBusinessHours(ny('2026-10-30', 16, 30), 4, DEFAULT_SCHEDULE);
    expect(new Date(fall).toISOString()).toBe('2026-11-02T17:30:00.000Z');
  });

  it('follows a non-default schedule, zone and closure day', () => {
    const LA = 'America/Los_Angeles';
    const schedule: WorkSchedule = {
      timeZone: LA,
      workingDays: [2, 3, 4, 5, 6],
      startMinutes: 8 * 60,
      endMinutes: 12 * 60,
      holidays: 'none',
      extraHolidays: ['2026-06-13'],
    };
    // 1 h Friday, Saturday closed, Sunday and Monday off, 2 h on Tuesday.
    expect(addBusinessHours(epochAtLocal('2026-06-12', 11, 0, LA), 3, schedule)).toBe(epochAtLocal('2026-06-16', 10, 0, LA));
  });

  it('counts a night schedule in wall-clock hours through the spring-forward gap', () => {
    const allDay: WorkSchedule = { ...DEFAULT_SCHEDULE, workingDays: [0, 1, 2, 3, 4, 5, 6], startMinutes: 0, endMinutes: 1440 };
    expect(addBusinessHours(ny('2026-03-08', 1), 2, allDay)).toBe(ny('2026-03-08', 3));
    expect(addBusinessHours(ny('2026-03-07', 23), 2, allDay)).toBe(ny('2026-03-08', 1));
  });

  it('rejects negative hours and broken schedules', () => {
    expect(() => addBusinessHours(0, -1, DEFAULT_SCHEDULE)).toThrow(RangeError);
    expect(() => addBusinessHours(0, Number.NaN, DEFAULT_SCHEDULE)).toThrow(RangeError);
    expect(() => addBusinessHours(0, 1, { ...DEFAULT_SCHEDULE, startMinutes: 600, endMinutes: 600 })).toThrow(RangeError);
  });
});
