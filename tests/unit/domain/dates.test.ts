import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  calendarDateOf,
  daysBetweenDates,
  epochAtLocal,
  isValidCalendarDate,
  startOfLocalDay,
} from '../../../src/domain/time/dates';

describe('calendar dates', () => {
  it('validates strictly', () => {
    expect(isValidCalendarDate('2024-02-29')).toBe(true);
    expect(isValidCalendarDate('2023-02-29')).toBe(false);
    expect(isValidCalendarDate('2024-13-01')).toBe(false);
    expect(isValidCalendarDate('2024-1-01')).toBe(false);
    expect(isValidCalendarDate('0050-06-01')).toBe(true);
    expect(isValidCalendarDate(20240101)).toBe(false);
  });

  it('counts whole days across months, leap years and DST changes', () => {
    expect(daysBetweenDates('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetweenDates('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetweenDates('2024-03-09', '2024-03-11')).toBe(2);
    expect(daysBetweenDates('2024-03-11', '2024-03-09')).toBe(-2);
    expect(daysBetweenDates('2023-12-31', '2024-12-31')).toBe(366);
    expect(() => daysBetweenDates('2024-02-30', '2024-03-01')).toThrow(RangeError);
  });

  it('adds days', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-03-10', 30)).toBe('2024-04-09');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(() => addDays('2024-01-01', 1.5)).toThrow(RangeError);
  });

  it('computes age on a date', () => {
    expect(ageOn('1950-06-15', '2024-06-14')).toBe(73);
    expect(ageOn('1950-06-15', '2024-06-15')).toBe(74);
    expect(ageOn('2000-02-29', '2023-02-28')).toBe(22);
    expect(ageOn('2000-02-29', '2023-03-01')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('gives the calendar date of an instant in a zone', () => {
    const t = Date.UTC(2024, 0, 15, 3, 0); // 03:00Z
    expect(calendarDateOf(t, 'UTC')).toBe('2024-01-15');
    expect(calendarDateOf(t, 'America/New_York')).toBe('2024-01-14');
    expect(calendarDateOf(t, 'Asia/Tokyo')).toBe('2024-01-15');
  });

  it('turns a wall-clock time into epoch ms', () => {
    expect(epochAtLocal('2024-01-15', 9, 30, 'UTC')).toBe(Date.UTC(2024, 0, 15, 9, 30));
    expect(epochAtLocal('2024-01-15', 9, 30, 'America/New_York')).toBe(Date.UTC(2024, 0, 15, 14, 30));
    expect(epochAtLocal('2024-07-15', 9, 30, 'America/New_York')).toBe(Date.UTC(2024, 6, 15, 13, 30));
    expect(startOfLocalDay('2024-07-15', 'Asia/Kolkata')).toBe(Date.UTC(2024, 6, 14, 18, 30));
    expect(() => epochAtLocal('2024-01-15', 24, 0, 'UTC')).toThrow(RangeError);
  });

  it('resolves DST gaps forward and overlaps to the earlier instant', () => {
    // 2024-03-10 02:30 does not exist in New York (clocks jump 02:00 → 03:00).
    expect(epochAtLocal('2024-03-10', 2, 30, 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 7, 30));
    // 2024-11-03 01:30 happens twice; the first is EDT (UTC−4).
    expect(epochAtLocal('2024-11-03', 1, 30, 'America/New_York')).toBe(Date.UTC(2024, 10, 3, 5, 30));
    // Midnight does not exist on 2024-09-08 in Santiago: the day starts at 01:00 local.
    const start = startOfLocalDay('2024-09-08', 'America/Santiago');
    expect(calendarDateOf(start, 'America/Santiago')).toBe('2024-09-08');
    expect(calendarDateOf(start - 1, 'America/Santiago')).toBe('2024-09-07');
  });

  it('round-trips every local hour of a DST year', () => {
    for (const tz of ['America/Los_Angeles', 'Europe/London', 'Pacific/Auckland']) {
      for (let day = 0; day < 366; day += 1) {
        const date = addDays('2024-01-01', day);
        const t = epochAtLocal(date, 12, 0, tz);
        expect(calendarDateOf(t, tz)).toBe(date);
      }
    }
  });
});
