import { describe, expect, test } from 'vitest';
import { defaultSettings, mergeSettingEdits, normaliseSettings } from '../../../src/domain/settings/settings';
import { LOCK_AFTER_MINUTES } from '../../../src/model/settings';

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

describe('merging one window\'s edits over settings saved meanwhile', () => {
  const base = defaultSettings(ZONE);
  test('different settings, nested ones too, are both kept; a list is one value; the same setting takes the edit', () => {
    const current = { ...base, promptnessHours: 8, cadenceByTier: { ...base.cadenceByTier, high: { idealDays: 5, maxDays: 10 } } };
    const next = {
      ...base,
      lockAfterMinutes: 30,
      cadenceByTier: { ...base.cadenceByTier, low: { idealDays: 60, maxDays: 120 } },
      schedule: { ...base.schedule, workingDays: [1, 2, 3] },
    };
    const merged = mergeSettingEdits(current, base, next);
    expect(merged).toEqual({
      ...base,
      promptnessHours: 8,
      lockAfterMinutes: 30,
      cadenceByTier: { ...base.cadenceByTier, high: { idealDays: 5, maxDays: 10 }, low: { idealDays: 60, maxDays: 120 } },
      schedule: { ...base.schedule, workingDays: [1, 2, 3] },
    });
    expect(mergeSettingEdits(current, base, { ...base, promptnessHours: 2 }).promptnessHours).toBe(2);
  });
});
