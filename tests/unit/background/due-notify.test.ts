import { sealIfAsked } from '../store/sealed-mode';
import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { addCallback, completeCallback } from '../../../src/store/callbacks';
import { createClient } from '../../../src/store/clients';
import { defaultSettings } from '../../../src/domain/settings/settings';
import { newlyDue, notifyNewlyDue, type DueNotice, type NotifyDeps } from '../../../src/background/due-notify';
import { translate } from '../sidepanel/memory-host';
import type { Settings } from '../../../src/model/settings';

const T0 = Date.UTC(2025, 2, 12, 15, 0);
const MIN = 60_000;
let db: RapportDb;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  await sealIfAsked(db);
});

async function owe(name: string, dueAt: number) {
  const client = await createClient(db, { name }, T0 - 60 * MIN);
  return addCallback(db, { clientId: client.id, dueAt }, T0 - 60 * MIN);
}

function deps(overrides: Partial<Settings> = {}, permitted = true) {
  const shown: DueNotice[] = [];
  const settings = { ...defaultSettings('America/New_York'), notifyWhenDue: true, ...overrides };
  const d: NotifyDeps = {
    settings: async () => settings,
    permitted: async () => permitted,
    show: async (notice) => void shown.push(notice),
    t: translate,
  };
  return { d, shown };
}

describe('which callbacks to notify for', () => {
  test('the first check ever claims nothing: callbacks already overdue were not "just due"', async () => {
    await owe('Jane Doe', T0 - 5 * MIN);
    expect(await newlyDue(db, T0)).toEqual([]);
  });

  test('those that fell due since the last check, once each; done or later ones are left out', async () => {
    await newlyDue(db, T0);
    const a = await owe('Jane Doe', T0 + 5 * MIN);
    const b = await owe('José Ruiz', T0 + 9 * MIN);
    const done = await owe('Al Smith', T0 + 7 * MIN);
    await completeCallback(db, done.id, T0 + MIN);
    await owe('Later Person', T0 + 30 * MIN);

    const first = await newlyDue(db, T0 + 10 * MIN);
    expect(first.map((c) => c.id)).toEqual([a.id, b.id]);
    expect(await newlyDue(db, T0 + 10 * MIN)).toEqual([]);
    expect((await newlyDue(db, T0 + 20 * MIN)).length).toBe(0);
    expect((await newlyDue(db, T0 + 40 * MIN)).length).toBe(1);
  });

  test('a restarted worker (a new connection to the same database) neither repeats nor misses', async () => {
    await newlyDue(db, T0);
    await owe('Jane Doe', T0 + 5 * MIN);
    expect((await newlyDue(db, T0 + 6 * MIN)).length).toBe(1);
    await owe('José Ruiz', T0 + 8 * MIN);
    db.close();

    db = await openRapportDb();
    await sealIfAsked(db, true);
    // Woken late (the alarm came after a sleep): the one due meanwhile is found, the first is not repeated.
    const after = await newlyDue(db, T0 + 60 * MIN);
    expect(after.length).toBe(1);
  });

  test('two wakes racing claim each callback once', async () => {
    await newlyDue(db, T0);
    await owe('Jane Doe', T0 + 5 * MIN);
    const [x, y] = await Promise.all([newlyDue(db, T0 + 6 * MIN), newlyDue(db, T0 + 6 * MIN + 1)]);
    expect(x.length + y.length).toBe(1);
  });

  test('a clock set back does not open an old window again', async () => {
    await newlyDue(db, T0);
    await owe('Jane Doe', T0 + 5 * MIN);
    expect((await newlyDue(db, T0 + 10 * MIN)).length).toBe(1);
    expect((await newlyDue(db, T0 + 2 * MIN)).length).toBe(0);
    expect((await newlyDue(db, T0 + 11 * MIN)).length).toBe(0);
  });
});

describe('the notification', () => {
  test('"A callback is due", without a name while names are off', async () => {
    await newlyDue(db, T0);
    await owe('Jane Doe', T0 + 5 * MIN);
    const { d, shown } = deps();
    const notice = await notifyNewlyDue(db, T0 + 6 * MIN, d);
    expect(notice?.title).toBe('A callback is due');
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown)).not.toContain('Jane');
  });

  test('"N callbacks are due" with the names when names are on', async () => {
    await newlyDue(db, T0);
    await owe('Jane Doe', T0 + 5 * MIN);
    await owe('José Ruiz', T0 + 6 * MIN);
    const { d, shown } = deps({ showNamesOutsidePanel: true });
    await notifyNewlyDue(db, T0 + 7 * MIN, d);
    expect(shown).toEqual([{ title: '2 callbacks are due', message: 'Jane Doe, José Ruiz', count: 2 }]);
  });

  test('nothing when the setting is off or the permission is missing — and no flood when turned on later', async () => {
    await newlyDue(db, T0);
    await owe('Jane Doe', T0 + 5 * MIN);
    const off = deps({ notifyWhenDue: false });
    expect(await notifyNewlyDue(db, T0 + 6 * MIN, off.d)).toBeNull();
    expect(off.shown).toEqual([]);

    await owe('José Ruiz', T0 + 8 * MIN);
    const unpermitted = deps({}, false);
    expect(await notifyNewlyDue(db, T0 + 9 * MIN, unpermitted.d)).toBeNull();

    const on = deps();
    expect(await notifyNewlyDue(db, T0 + 10 * MIN, on.d)).toBeNull();
    expect(on.shown).toEqual([]);
  });
});
