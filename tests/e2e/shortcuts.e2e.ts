import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { pressChord } from './keyboard';
import { rapportBucket } from './raw-db';

let browser: ExtensionBrowser;
let demo: DemoServer;
const jane = makePatients().find((patient) => patient.mrn === 'MRN-100234')!;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/**
 * Playwright cannot press browser-level shortcuts: call the very listener the worker registered
 * with commands.onCommand (index.ts exposes that function itself, nothing else), with the tab the
 * browser would pass.
 */
async function pressShortcut(command: string, tabId: number) {
  const worker = await browser.worker();
  await worker.evaluate(
    ([name, id]) => (globalThis as any).rapportOnCommand(name, { id }),
    [command, tabId] as const,
  );
}

async function countContacts(page: Page): Promise<number> {
  return page.evaluate(async (bucket) => {
    const factory: IDBFactory = (await (navigator as any).storageBuckets.open(bucket)).indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<any[]>((resolve) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return rows.filter((row) => !row.deleted).length;
  }, await rapportBucket(page));
}

const title = async () => (await browser.worker()).evaluate(() => chrome.action.getTitle({}));

describe('keyboard shortcuts', () => {
  test('the manifest declares both, with their suggested keys', async () => {
    const commands = await (await browser.worker()).evaluate(() => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
    expect(Object.keys(byName)).toEqual(expect.arrayContaining(['_execute_action', 'log-successful-call']));
    expect(byName['log-successful-call']?.description).toContain('successful call');
    expect(typeof byName['_execute_action']?.shortcut).toBe('string');
  });

  test('Chromium binds every key the manifest suggests (a key it keeps for itself is silently dropped)', async () => {
    const { suggested, bound } = await (await browser.worker()).evaluate(async () => ({
      suggested: Object.fromEntries(
        Object.entries(chrome.runtime.getManifest().commands ?? {}).map(([name, command]) => [name, (command.suggested_key as { default?: string } | undefined)?.default]),
      ),
      bound: Object.fromEntries((await chrome.commands.getAll()).map((command) => [command.name, command.shortcut])),
    }));
    expect(Object.keys(suggested).sort()).toEqual(['_execute_action', 'log-successful-call']);
    expect(bound).toEqual(suggested);
  });

  test('a real Alt+Shift+L key press in the chart tab logs the call through the browser', async () => {
    const { page: chart, tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    const before = await countContacts(panel);
    await pressChord(chart, 'Alt+Shift+L');
    await expect.poll(() => countContacts(panel)).toBe(before + 1);
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('Logged a call for Jane M. Doe');
    await panel.getByTestId('undo').click();
    await expect.poll(() => countContacts(panel)).toBe(before);
    await panel.close();
  });

  test('log-successful-call logs for the client on screen, names them in the panel, and Undo removes it', async () => {
    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    expect(await countContacts(panel)).toBe(0);

    await pressShortcut('log-successful-call', tabId);
    const notice = panel.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('Logged a call for Jane M. Doe');
    expect(await countContacts(panel)).toBe(1);
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');

    await notice.getByTestId('undo').click();
    await expect.poll(() => notice.textContent()).toContain('Removed the call logged for Jane M. Doe');
    expect(await countContacts(panel)).toBe(0);
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('');
    await panel.close();
  });

  test('a panel opened after the shortcut still shows what it did', async () => {
    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    const probe = await browser.openPanel(tabId);
    await expect.poll(() => probe.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    await probe.close();
    await pressShortcut('log-successful-call', tabId);
    const worker = await browser.worker();
    await expect.poll(() => worker.evaluate(async () => Object.keys(await chrome.storage.session.get('shortcut:last')).length)).toBe(1);
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('Logged a call for Jane M. Doe');
    await panel.getByTestId('undo').click();
    await expect.poll(() => countContacts(panel)).toBe(0);
    await panel.close();
  });

  test('with no client on screen it says so and logs nothing', async () => {
    const { tabId } = await browser.openTab(demo.page('/classic/'));
    const panel = await browser.openPanel(tabId);
    await panel.getByTestId('no-client').waitFor();
    const before = await countContacts(panel);
    await pressShortcut('log-successful-call', tabId);
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('No client on screen');
    expect(await countContacts(panel)).toBe(before);
    expect(await panel.getByTestId('undo').count()).toBe(0);
    await panel.close();
  });
});

describe('the badge tooltip', () => {
  test('counts overdue callbacks without a name, and names the client only once the user allows it', async () => {
    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    await addToCaseload(panel);
    await panel.getByTestId('add-callback').click();
    await panel.getByTestId('callback-due').fill('2020-01-01T09:00');
    await panel.getByTestId('callback-save').click();
    await expect.poll(() => browser.badgeText()).toBe('1');
    await expect.poll(title).toBe('Rapport — 1 overdue callback');
    expect(await title()).not.toContain('Jane');

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByTestId('settings-show-names').check();
    await options.getByTestId('settings-save').click();
    await expect.poll(title).toBe('Rapport — 1 overdue callback: Jane M. Doe');

    await options.getByTestId('settings-show-names').uncheck();
    await options.getByTestId('settings-save').click();
    await expect.poll(title).toBe('Rapport — 1 overdue callback');
    await options.close();
    await panel.close();
  });
});
