import { describe, expect, it } from 'vitest';
import { addDays, ageOn, calendarDateOf, daysBetweenDates, epochAtLocal, startOfLocalDay } from '../../../src/domain/time/dates';
import { contactSummary } from '../../../src/domain/contacts/contacts';
import { isOverdue } from '../../../src/domain/contacts/callbacks';

// Zones on both sides of UTC, far enough out that a UTC conversion would change the date.
const ZONES = ['America/Los_Angeles', 'Pacific/Auckland'] as const;
const NEAR_MIDNIGHT_UTC = [Date.UTC(2024, 2, 9, 23, 59), Date.UTC(2024, 2, 10, 0, 1), Date.UTC(2024, 3, 7, 0, 0)];

describe.each(ZONES)('time zone %s', (tz) => {
  it('never shifts a date of birth: pure Y/M/D arithmetic', () => {
    const dob = '1950-03-10';
    expect(addDays(dob, 0)).toBe(dob);
    expect(addDays(addDays(dob, 365), -365)).toBe(dob);
    expect(daysBetweenDates(dob, dob)).toBe(0);
    for (const now of NEAR_MIDNIGHT_UTC) {
      const today = calendarDateOf(now, tz);
      expect(ageOn(dob, today)).toBe(today >= '2024-03-10' ? 74 : 73);
    }
  });

  it('takes the local date of an instant near midnight UTC', () => {
    const expected =
      tz === 'America/Los_Angeles' ? ['2024-03-09', '2024-03-09', '2024-04-06'] : ['2024-03-10', '2024-03-10', '2024-04-07'];
    expect(NEAR_MIDNIGHT_UTC.map((t) => calendarDateOf(t, tz))).toEqual(expected);
  });

  it('keeps a due date typed by the user on that date at that time', () => {
    for (const date of ['2024-03-10', '2024-04-07', '2024-09-29', '2024-11-03', '2024-12-31']) {
      for (const [hh, mm] of [[0, 0], [9, 0], [17, 30], [23, 59]] as const) {
        const dueAt = epochAtLocal(date, hh, mm, tz);
        expect(calendarDateOf(dueAt, tz)).toBe(date);
        const wall = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(dueAt);
        expect(wall).toBe(`${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`);
      }
      expect(startOfLocalDay(date, tz)).toBeLessThanOrEqual(epochAtLocal(date, 0, 1, tz));
    }
  });

  it('counts days since contact by local calendar date', () => {
    const lateCall = epochAtLocal('2024-03-09', 23, 30, tz);
    const nextMorning = epochAtLocal('2024-03-10', 8, 0, tz);
    const s = contactSummary([{ at: lateCall, outcome: 'reached', direction: 'outbound', channel: 'call' }], nextMorning, tz);
    expect(s.daysSinceSuccess).toBe(1);
  });

  it('a callback due at local 09:00 is overdue at exactly 09:00 there', () => {
    const dueAt = epochAtLocal('2024-04-07', 9, 0, tz);
    expect(isOverdue({ status: 'open', dueAt }, dueAt - 1)).toBe(false);
    expect(isOverdue({ status: 'open', dueAt }, dueAt)).toBe(true);
  });
});
