import { describe, expect, test } from 'vitest';
import { defaultSettings, LOCK_AFTER_MINUTES, normaliseSettings } from '../../../src/domain/settings';

const ZONE = 'America/Chicago';

describe('the "lock after" setting', () => {
  test('defaults to 15 minutes, also for settings saved before it existed', () => {
    expect(defaultSettings(ZONE).lockAfterMinutes).toBe(15);
    const older = { ...defaultSettings(ZONE) } as Partial<ReturnType<typeof defaultSettings>>;
    delete older.lockAfterMinutes;
    expect(normaliseSettings(older, ZONE).lockAfterMinutes).toBe(15);
  });

  test('keeps whole minutes from 1 to 240 and puts the default back for anything else', () => {
    for (const kept of [1, 30, 240]) expect(normaliseSettings({ lockAfterMinutes: kept }, ZONE).lockAfterMinutes).toBe(kept);
    for (const refused of [0, -5, 241, 12.5, '30', null, Number.NaN, Infinity]) {
      expect(normaliseSettings({ lockAfterMinutes: refused }, ZONE).lockAfterMinutes).toBe(LOCK_AFTER_MINUTES.default);
    }
  });
});
