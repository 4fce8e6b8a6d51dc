import { expect, test } from 'vitest';

/** Guards the time-zone projects in vitest.config.ts: they only prove something if the zone took. */
test.runIf(process.env.TZ)('the process runs in the zone its project asked for', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  expect(new Date(2026, 0, 15).getTimezoneOffset()).not.toBe(0);
});
