import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createSettingsFormModel } from '../../../src/options/components/settings-model';
import { openRapportDb } from '../../../src/store/db';
import { browserWords, createWords } from '../../../src/ui/translate';
import { badgeTooltip } from '../../../src/background/tooltip';
import { dueNotice } from '../../../src/background/due-notify';
import { translate } from '../sidepanel/memory-host';

const words = browserWords(translate);

describe('counts on the options page pick their words by Intl.PluralRules', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  test('"Not saved" counts the fields that need a correction, one or more', async () => {
    const host = { timeZone: 'America/Chicago', notificationsGranted: async () => false, requestNotifications: async () => false, settingsSaved: async () => {} };
    const model = createSettingsFormModel(host, await openRapportDb());
    await model.load();
    model.update({ promptnessHours: '0' });
    expect(await model.save()).toBe(false);
    const one = model.status.value!;
    expect(words.count(one.key, one.count!)).toBe('Not saved: 1 field needs a correction.');
    model.update({ lockAfterMinutes: '0', seenRetentionDays: '0' });
    await model.save();
    const three = model.status.value!;
    expect(words.count(three.key, three.count!)).toBe('Not saved: 3 fields need a correction.');
  });

  test('encryption progress: "record" by the total, the records done first', () => {
    expect(words.count('encryptionSealing', 1, '0')).toBe('Encrypting: 0 of 1 record');
    expect(words.count('encryptionOpening', 250, '12')).toBe('Decrypting: 12 of 250 records');
  });

  test('a language with more forms gets its own key, English its two', () => {
    const polish = createWords(translate, { pluralCategory: (n) => new Intl.PluralRules('pl').select(n), date: (d) => d });
    // Polish "few" (2–4) has no English key: the "other" form stands in, never "one".
    expect(polish.count('settingsNotSaved', 3)).toBe('Not saved: 3 fields need a correction.');
  });
});

describe('counts said by the background', () => {
  test('the badge tooltip and the due notification name one callback and many', async () => {
    expect(badgeTooltip(translate, 1)).toBe('Rapport — 1 overdue callback');
    expect(badgeTooltip(translate, 21)).toBe('Rapport — 21 overdue callbacks');
    const db = await openRapportDb();
    const callback = (id: string) => ({ id, clientId: 'c', dueAt: 0, status: 'open' as const, createdAt: 0, updatedAt: 0, rev: 1 });
    expect((await dueNotice(db, [callback('a')], false, translate)).title).toBe('A callback is due');
    expect((await dueNotice(db, [callback('a'), callback('b')], false, translate)).title).toBe('2 callbacks are due');
  });
});
