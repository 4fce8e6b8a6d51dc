import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { defaultSettings } from '../../../src/domain/settings/settings';
import { fromForm, isKnownTimeZone, timeToMinutes, toForm, type SettingsForm } from '../../../src/options/components/settings-form';
import { createSettingsFormModel, type SettingsHost } from '../../../src/options/components/settings-model';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { loadSettings } from '../../../src/store/settings';
import messages from '../../../public/_locales/en/messages.json';
import * as v from 'valibot';
import { SettingsSchema } from '../../../src/model/settings';

const ZONE = 'America/Chicago';
const form = (patch: Partial<SettingsForm> = {}): SettingsForm => ({ ...toForm(defaultSettings(ZONE)), ...patch });
const check = (f: SettingsForm) => fromForm(f, isKnownTimeZone);

describe('settings form validation', () => {
  test('the defaults round-trip unchanged', () => {
    expect(check(form())).toEqual({ ok: true, settings: defaultSettings(ZONE) });
  });

  test('the end of the day must come after its start; 00:00 means midnight', () => {
    const before = check(form({ start: '17:00', end: '09:00' }));
    expect(before.ok).toBe(false);
    expect(!before.ok && before.errors.end?.key).toBe('settingsErrorEndBeforeStart');
    expect(!check(form({ start: '09:00', end: '09:00' })).ok).toBe(true);
    const midnight = check(form({ start: '20:00', end: '00:00' }));
    expect(midnight.ok && midnight.settings.schedule.endMinutes).toBe(1440);
    expect(timeToMinutes('25:00')).toBeUndefined();
    expect(!check(form({ start: 'soon' })).ok).toBe(true);
  });

  test('at least one working day, known time zones, real closure dates', () => {
    const result = check(form({ workingDays: [], timeZone: 'Mars/Olympus', extraHolidays: ['2025-02-30'] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.workingDays?.key).toBe('settingsErrorNoDays');
    expect(result.errors.timeZone?.key).toBe('settingsErrorTimeZone');
    expect(result.errors.extraHolidays).toEqual({ key: 'settingsErrorDate', substitutions: ['2025-02-30'] });
  });

  test('promptness and intervals are whole numbers in range; the maximum is never below the ideal', () => {
    const cadence = { ...form().cadence, high: { ideal: '10', max: '7' }, low: { ideal: '0', max: '9999' } };
    const result = check(form({ promptnessHours: '2.5', cadence }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.promptnessHours).toEqual({ key: 'settingsErrorRange', substitutions: ['1', '72'] });
    expect(result.errors['max-high']?.key).toBe('settingsErrorMaxBelowIdeal');
    expect(result.errors['ideal-low']?.key).toBe('settingsErrorRange');
    expect(result.errors['max-low']?.key).toBe('settingsErrorRange');
    expect(result.errors['ideal-medium']).toBeUndefined();
  });

  test('a valid form becomes Settings: days sorted and unique, closures sorted, toggles kept', () => {
    const result = check(
      form({
        workingDays: [5, 1, 1, 3],
        start: '08:30',
        end: '16:15',
        holidays: 'none',
        extraHolidays: ['2025-12-26', '2025-11-28'],
        promptnessHours: '8',
        defaultTier: 'high',
        notifyWhenDue: true,
        showNamesOutsidePanel: true,
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.schedule).toEqual({
      timeZone: ZONE,
      workingDays: [1, 3, 5],
      startMinutes: 510,
      endMinutes: 975,
      holidays: 'none',
      extraHolidays: ['2025-11-28', '2025-12-26'],
    });
    expect(result.settings).toMatchObject({ promptnessHours: 8, defaultTier: 'high', notifyWhenDue: true, showNamesOutsidePanel: true });
  });

  test('the lock delay is whole minutes from 1 to 240', () => {
    for (const bad of ['0', '241', '2.5', '']) {
      const result = check(form({ lockAfterMinutes: bad }));
      expect(!result.ok && result.errors.lockAfterMinutes).toEqual({ key: 'settingsErrorRange', substitutions: ['1', '240'] });
    }
    const result = check(form({ lockAfterMinutes: '5' }));
    expect(result.ok && result.settings.lockAfterMinutes).toBe(5);
  });

  test('"forget charts only seen after" takes what the settings schema takes, 1 to 365 whole days, and says the range otherwise', () => {
    for (const typed of ['0', '1', '7', ' 30 ', '365', '366', '2.5', '-3', '', '1e1', 'thirty']) {
      const result = check(form({ seenRetentionDays: typed }));
      const asNumber = /^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN;
      const schemaTakes = v.is(SettingsSchema, { ...defaultSettings(ZONE), seenRetentionDays: asNumber });
      expect(result.ok, typed).toBe(schemaTakes);
      if (result.ok) expect(result.settings.seenRetentionDays).toBe(asNumber);
      else expect(result.errors.seenRetentionDays, typed).toEqual({ key: 'settingsErrorRange', substitutions: ['1', '365'] });
    }
  });

  test('every error key exists in the English messages', () => {
    const result = check(form({ workingDays: [], start: 'x', end: 'y', timeZone: 'x', promptnessHours: '', extraHolidays: ['x'] }));
    const keys = result.ok ? [] : Object.values(result.errors).map((e) => e!.key);
    const more = check(form({ start: '10:00', end: '09:00', cadence: { ...form().cadence, high: { ideal: '9', max: '3' } } }));
    if (!more.ok) keys.push(...Object.values(more.errors).map((e) => e!.key));
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(Object.keys(messages)).toContain(key);
  });
});

describe('the settings form model', () => {
  let db: RapportDb;
  const calls: string[] = [];
  let grant = true;
  const host: SettingsHost = {
    timeZone: ZONE,
    notificationsGranted: async () => false,
    requestNotifications: () => {
      calls.push('request');
      return Promise.resolve(grant);
    },
    settingsSaved: async () => void calls.push('saved'),
  };

  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    db = await openRapportDb();
    calls.length = 0;
    grant = true;
  });

  test('two windows saving different settings both keep theirs; the same setting: the later save wins', async () => {
    const first = createSettingsFormModel(host, db);
    const second = createSettingsFormModel(host, db);
    await Promise.all([first.load(), second.load()]);
    first.update({ promptnessHours: '6' });
    second.update({ lockAfterMinutes: '30', start: '08:00' });
    expect(await first.save()).toBe(true);
    expect(await second.save()).toBe(true);
    const stored = await loadSettings(db, ZONE);
    expect(stored.promptnessHours).toBe(6);
    expect(stored.lockAfterMinutes).toBe(30);
    expect(stored.schedule.startMinutes).toBe(480);

    first.update({ lockAfterMinutes: '45' });
    expect(await first.save()).toBe(true);
    expect((await loadSettings(db, ZONE)).lockAfterMinutes).toBe(45);
  });

  test('saves valid settings and tells the background; refuses invalid ones with errors', async () => {
    const model = createSettingsFormModel(host, db);
    await model.load();
    model.update({ start: '18:00', end: '08:00' });
    expect(await model.save()).toBe(false);
    expect(model.errors.value.end?.key).toBe('settingsErrorEndBeforeStart');
    expect((await loadSettings(db, ZONE)).schedule.startMinutes).toBe(540);
    expect(calls).toEqual([]);

    model.update({ start: '08:00', end: '18:00', promptnessHours: '6' }, 'end');
    expect(model.errors.value.end).toBeUndefined();
    expect(await model.save()).toBe(true);
    const stored = await loadSettings(db, ZONE);
    expect(stored.schedule).toMatchObject({ startMinutes: 480, endMinutes: 1080 });
    expect(stored.promptnessHours).toBe(6);
    expect(calls).toEqual(['saved']);
    expect(model.status.value?.key).toBe('settingsSaved');
  });

  test('turning notifications on asks the browser at once; a refusal leaves them off', async () => {
    const model = createSettingsFormModel(host, db);
    await model.load();
    grant = false;
    const pending = model.setNotify(true);
    expect(calls).toEqual(['request']); // synchronously: the first call of the change handler
    await pending;
    expect(model.form.value?.notifyWhenDue).toBe(false);
    expect(model.status.value?.key).toBe('settingsNotifyRefused');

    grant = true;
    await model.setNotify(true);
    expect(model.form.value?.notifyWhenDue).toBe(true);
    await model.save();
    expect((await loadSettings(db, ZONE)).notifyWhenDue).toBe(true);
  });
});
