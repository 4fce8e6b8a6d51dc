import type { Holiday } from './us-holidays';

/**
 * The US federal calendar (a date library and the government's list, about 6 KB gzip) loads on
 * demand, so the side panel's first paint goes without it. Business-day rules ask here and refuse
 * to count before it is loaded: a deadline without holidays would be wrong, so none is ever guessed.
 * Whoever counts business days awaits loadHolidayCalendar() once before.
 */
let federalHolidays: ((date: string) => Holiday | undefined) | undefined;
let loading: Promise<void> | undefined;

/**
 * For the service worker, which cannot run `import()` at all: it bundles the calendar and installs
 * it on its first turn, so loadHolidayCalendar resolves there without loading anything.
 */
export function installHolidayCalendar(holidayOn: (date: string) => Holiday | undefined): void {
  federalHolidays = holidayOn;
  loading = Promise.resolve();
}

export function loadHolidayCalendar(): Promise<void> {
  loading ??= import('./us-holidays').then(
    (calendar) => {
      federalHolidays = calendar.usFederalHolidayOn;
    },
    (error: unknown) => {
      // A failed load (an extension update replaced the chunk) may be tried again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function isHolidayCalendarLoaded(): boolean {
  return federalHolidays !== undefined;
}

export function federalHolidayOn(date: string): Holiday | undefined {
  if (!federalHolidays) throw new Error('The holiday calendar is not loaded: await loadHolidayCalendar() before counting business days');
  return federalHolidays(date);
}
