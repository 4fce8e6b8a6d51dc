import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort, launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { pressChord } from './keyboard';
import { rapportBucket } from './raw-db';

/**
 * Due-callback notifications in real Chromium, driven by the real alarm. `notifications` is optional
 * and the browser's permission prompt cannot be answered by automation (permissions.request stays
 * pending in headless Chromium), so the grant is made the way a browser carries one over: a copy of
 * the build first loads with `notifications` required, then the real manifest (optional again) is
 * loaded over it; Chromium keeps an optional permission that an earlier version held.
 */
const NOTIFICATION_ID = 'rapport:callbacks-due';
let DEBUG_PORT = 0;
const jane = makePatients().find((patient) => patient.mrn === 'MRN-100234')!;

let browser: ExtensionBrowser;
let demo: DemoServer;
let copy: string;
let panel: Page;
let options: Page;

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'rapport-notify-'));
  await cp('dist/chrome-demo', copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const original = await readFile(manifestFile, 'utf8');
  const manifest = JSON.parse(original);
  manifest.permissions = [...manifest.permissions, 'notifications'];
  manifest.optional_permissions = [];
  await writeFile(manifestFile, JSON.stringify(manifest));

  demo = await startDemoServer();
  DEBUG_PORT = await freePort();
  browser = await launchWithExtension(copy, { remoteDebuggingPort: DEBUG_PORT });
  await writeFile(manifestFile, original);
  await browser.reloadExtension();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
});

const inWorker = async <T>(fn: () => Promise<T> | T): Promise<T> => (await browser.worker()).evaluate(fn);
const notifications = () => inWorker(() => chrome.notifications.getAll() as Promise<Record<string, boolean>>);

/** What the notification shows: Chromium keeps no getter for it, so the worker's create() is watched. */
async function watchCreated() {
  await inWorker(() => {
    const api = chrome.notifications as any;
    if (api.__watched) return;
    const create = api.create.bind(api);
    api.__created = [];
    api.create = (id: string, options: chrome.notifications.NotificationOptions) => {
      api.__created.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
    api.__watched = true;
  });
}
const created = () => inWorker(() => (chrome.notifications as any).__created as { id: string; title: string; message: string }[]);

/** One more open callback for Jane, through the panel's form, then brought due in `ms`. */
async function callbackDueIn(ms: number): Promise<number> {
  await panel.getByTestId('add-callback').click();
  await panel.getByTestId('callback-due').fill('2035-06-01T09:00');
  await panel.getByTestId('callback-save').click();
  const far = new Date(2035, 5, 1, 9).getTime();
  const bucket = await rapportBucket(panel);
  return panel.evaluate(
    async ([from, delay, bucket]) => {
      const request = (await (navigator as any).storageBuckets.open(bucket)).indexedDB.open('rapport') as IDBOpenDBRequest;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const deadline = Date.now() + 5_000;
      let row: any;
      while (!row && Date.now() < deadline) {
        row = await new Promise<any>((resolve) => {
          const request = db.transaction('callbacks').objectStore('callbacks').getAll();
          request.onsuccess = () => resolve(request.result.find((r: any) => r.status === 'open' && r.dueAt === from));
        });
        if (!row) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!row) throw new Error('the callback was not saved');
      const dueAt = Date.now() + delay;
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('callbacks', 'readwrite');
        tx.objectStore('callbacks').put({ ...row, dueAt });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return dueAt;
    },
    [far, ms, bucket] as const,
  );
}

const alarmAt = () => inWorker(async () => (await chrome.alarms.get('rapport:next-callback-due'))?.scheduledTime);

/** Saving settings asks the worker to recount, which arms the due alarm for the next callback. */
async function saveSettingsArming(dueAt: number) {
  await options.getByTestId('settings-save').click();
  await expect.poll(alarmAt).toBe(dueAt);
}
const checkedThrough = async () =>
  panel.evaluate(async (bucket) => {
    const request = (await (navigator as any).storageBuckets.open(bucket)).indexedDB.open('rapport') as IDBOpenDBRequest;
    const db = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const entry = await new Promise<any>((resolve) => {
      const request = db.transaction('meta').objectStore('meta').get('notify:checkedThrough');
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return (entry?.value as number | undefined) ?? 0;
  }, await rapportBucket(panel));

describe('a notification when a callback falls due', () => {
  test('the optional permission is held as a user grant would leave it', async () => {
    const state = await inWorker(async () => ({
      optional: chrome.runtime.getManifest().optional_permissions,
      required: chrome.runtime.getManifest().permissions,
      granted: await chrome.permissions.contains({ permissions: ['notifications'] }),
    }));
    expect(state.optional).toContain('notifications');
    expect(state.required).not.toContain('notifications');
    expect(state.granted).toBe(true);

    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    await addToCaseload(panel);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByTestId('settings-form').waitFor();
    await watchCreated();
  });

  test('is off by default: the alarm runs the check, and nothing is shown', async () => {
    expect(await options.getByTestId('settings-notify').isChecked()).toBe(false);
    const dueAt = await callbackDueIn(2_000);
    await saveSettingsArming(dueAt);
    await expect.poll(checkedThrough, { timeout: 15_000 }).toBeGreaterThanOrEqual(dueAt);
    await expect.poll(() => browser.badgeText()).toBe('1');
    expect(await notifications()).toEqual({});
    expect(await created()).toEqual([]);
  });

  test('once turned on, the alarm shows one, with no client name', async () => {
    await options.getByTestId('settings-notify').check();
    await expect.poll(() => options.getByTestId('settings-notify').isChecked()).toBe(true);
    expect(await options.getByText('Notifications were not allowed').count()).toBe(0);
    const dueAt = await callbackDueIn(2_000);
    await saveSettingsArming(dueAt);
    await expect.poll(notifications, { timeout: 15_000 }).toEqual({ [NOTIFICATION_ID]: true });
    expect(await checkedThrough()).toBeGreaterThanOrEqual(dueAt);
    const [shown, ...more] = await created();
    expect(more).toEqual([]);
    expect(shown).toEqual({ id: NOTIFICATION_ID, title: 'A callback is due', message: "Open Rapport's caseload to see who is waiting." });
  });

  test('names the client only once the user allows names outside the panel', async () => {
    await inWorker(() => chrome.notifications.clear('rapport:callbacks-due'));
    await options.getByTestId('settings-show-names').check();
    const dueAt = await callbackDueIn(2_000);
    await saveSettingsArming(dueAt);
    await expect.poll(async () => (await created()).length, { timeout: 15_000 }).toBe(2);
    expect((await created())[1]).toEqual({ id: NOTIFICATION_ID, title: 'A callback is due', message: 'Jane M. Doe' });
    // The watch records create() as it is called; the browser lists the notification once that call has resolved.
    await expect.poll(notifications).toEqual({ [NOTIFICATION_ID]: true });
  });

  test('a click clears it and turns open panels to the caseload', async () => {
    await panel.getByTestId('view-client').click();
    expect(await panel.getByTestId('view-caseload').getAttribute('aria-pressed')).toBe('false');
    // No notification UI to click in headless Chromium: fire the event the worker's listener is on.
    await inWorker(() => (chrome.notifications.onClicked as any).dispatch('rapport:callbacks-due'));
    await expect.poll(notifications).toEqual({});
    await expect.poll(() => panel.getByTestId('view-caseload').getAttribute('aria-pressed')).toBe('true');
    await panel.getByTestId('caseload').waitFor();
    const request = await inWorker(async () => (await chrome.storage.session.get('panel:show'))['panel:show']);
    expect(request).toMatchObject({ view: 'caseload' });
  });

  test('a click opens the side panel, which a real click allows only before any await', async () => {
    // Chromium delivers a notification click with a user gesture, as it does a keyboard command.
    // No notification UI can be clicked here, so a real key press lends its gesture to the click.
    await inWorker(() => {
      const self = globalThis as any;
      self.__panelOpens = [];
      const open = chrome.sidePanel.open.bind(chrome.sidePanel);
      chrome.sidePanel.open = ((options: chrome.sidePanel.OpenOptions) =>
        open(options).then(
          () => self.__panelOpens.push({ options, ok: true }),
          (error: unknown) => self.__panelOpens.push({ options, ok: false, error: String(error) }),
        )) as typeof chrome.sidePanel.open;
      chrome.commands.onCommand.addListener(() => (chrome.notifications.onClicked as any).dispatch('rapport:callbacks-due'));
    });
    const { page } = await browser.openTab(demo.page('/classic/'));
    await pressChord(page, 'Alt+Shift+L');
    const byWindow = async () =>
      (await inWorker(() => (globalThis as any).__panelOpens as { options: { windowId?: number }; ok: boolean }[])).filter(
        (call) => call.options.windowId !== undefined,
      );
    await expect.poll(byWindow).toHaveLength(1);
    expect((await byWindow())[0]).toMatchObject({ ok: true });
  });
});
