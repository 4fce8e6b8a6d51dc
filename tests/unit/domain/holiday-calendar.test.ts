import { expect, test, vi } from 'vitest';

// The calendar loads on demand (the panel's first paint goes without it); before it is there, a
// business day is never guessed: a TCM deadline counted without holidays would be wrong.
test('business days are refused until the holiday calendar is loaded, then count its holidays', async () => {
  // The calendar is module state, and the files of this folder share their worker's modules: another
  // file may have loaded it already, so this test starts from modules of its own.
  vi.resetModules();
  const { isBusinessDay, nextBusinessDay } = await import('../../../src/domain/time/business-time');
  const { isHolidayCalendarLoaded, loadHolidayCalendar } = await import('../../../src/domain/time/holiday-calendar');
  const { CMS_BUSINESS_DAYS, tcmDeadlines } = await import('../../../src/domain/discharge/tcm');
  expect(isHolidayCalendarLoaded()).toBe(false);
  expect(() => isBusinessDay('2026-07-03', CMS_BUSINESS_DAYS)).toThrow(/holiday calendar is not loaded/);
  expect(() => tcmDeadlines({ date: '2026-07-01', actual: true }, '2026-07-01', 'moderate')).toThrow(/holiday calendar/);
  // A schedule without federal holidays needs no calendar.
  expect(isBusinessDay('2026-07-03', { workingDays: [1, 2, 3, 4, 5], holidays: 'none', extraHolidays: [] })).toBe(true);

  await Promise.all([loadHolidayCalendar(), loadHolidayCalendar()]);
  expect(isHolidayCalendarLoaded()).toBe(true);
  // Independence Day 2026 falls on a Saturday: observed Friday 3 July.
  expect(isBusinessDay('2026-07-03', CMS_BUSINESS_DAYS)).toBe(false);
  expect(nextBusinessDay('2026-07-02', CMS_BUSINESS_DAYS)).toBe('2026-07-06');
  expect(tcmDeadlines({ date: '2026-07-01', actual: true }, '2026-07-01', 'moderate')?.interactiveContactDue).toBe('2026-07-06');
});
