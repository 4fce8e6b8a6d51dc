import { describe, expect, test } from 'vitest';
import { defaultSettings, mergeSettingEdits, normaliseSettings } from '../../../src/domain/settings/settings';
import { storedSettings } from '../../../src/domain/settings/defaults';
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

describe("the side panel's unchecked read of its own stored settings", () => {
  // What this device stores is normaliseSettings' output, of this version or an older one that
  // lacked some fields: for any of those the unchecked read must give what the checked one gives.
  const saved = normaliseSettings(
    {
      ...defaultSettings(ZONE),
      promptnessHours: 9,
      lockAfterMinutes: 40,
      seenRetentionDays: 90,
      defaultTier: 'high',
      schedule: { ...defaultSettings(ZONE).schedule, workingDays: [2, 3, 4], startMinutes: 420, extraHolidays: ['2026-12-24'] },
      cadenceByTier: { ...defaultSettings(ZONE).cadenceByTier, low: { idealDays: 45, maxDays: 90 } },
    },
    ZONE,
  );
  const without = (value: object, key: string) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

  test('settings saved whole read back as saved, as a copy', () => {
    const read = storedSettings(saved, ZONE);
    expect(read).toEqual(saved);
    read.schedule.workingDays.push(6);
    expect(saved.schedule.workingDays).toEqual([2, 3, 4]);
  });

  test('a field an older version did not write, at any depth, takes its default as the checked read gives it', () => {
    const older = [
      ...Object.keys(saved).map((key) => without(saved, key)),
      ...Object.keys(saved.schedule).map((key) => ({ ...saved, schedule: without(saved.schedule, key) })),
      ...Object.keys(saved.cadenceByTier).map((key) => ({ ...saved, cadenceByTier: without(saved.cadenceByTier, key) })),
    ];
    for (const stored of older) expect(storedSettings(stored, ZONE)).toEqual(normaliseSettings(stored, ZONE));
  });

  test('nothing stored reads as the defaults', () => {
    for (const nothing of [undefined, null, [], 'settings']) expect(storedSettings(nothing, ZONE)).toEqual(defaultSettings(ZONE));
  });
});
