import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { makePatients, startDemoServer, type DemoServer } from './demo';

/**
 * A permission prompt cannot be answered by automation, so this runs a test build that already
 * holds the grant for one more loopback name (rapport-site.localhost, which Chromium resolves to
 * 127.0.0.1). Chromium refuses `permissions.remove` for a grant the manifest itself holds, so the
 * revoke and the re-grant go through the browser's own site-access control (what chrome://extensions
 * and the toolbar's site-access menu call), which is the path `permissions.onRemoved/onAdded` cover.
 */
const PATTERN = 'http://rapport-site.localhost/*';
const REGISTRATION = `rapport-site:${PATTERN}`;

let browser: ExtensionBrowser;
let demo: DemoServer;
let settings: Page;
const [jane] = makePatients();

beforeAll(async () => {
  await build({ mode: 'chrome-e2e-grant', logLevel: 'warn', configFile: 'vite.config.ts' });
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-e2e-grant');
  settings = await browser.context.newPage();
  // The browser's own settings page is heavy to load: it ran past the 8 s default with three files at once under load
  // ~30 (vitest.e2e.config.ts). Nothing here is timed: the deadline only ends a hung load.
  await settings.goto('chrome://extensions', { timeout: 60_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const siteUrl = (path: string) => `http://rapport-site.localhost:${demo.port}${path}`;
const registrations = async () =>
  (await browser.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));

/** The browser's own site-access switch for this extension. */
async function siteAccess(action: 'addHostPermission' | 'removeHostPermission') {
  await settings.evaluate(
    ([method, id, pattern]) => (chrome as any).developerPrivate[method](id, pattern),
    [action, browser.extensionId, PATTERN] as const,
  );
}

describe('a site the user granted', () => {
  test('is read on every load while granted, and no longer once access is taken away', async () => {
    // Installed with the grant: the reconcile on install registered the reader, exactly once.
    await expect.poll(registrations).toEqual([REGISTRATION]);

    // The panel's enable path, from an extension page: idempotent.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const answer = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'site/enable', origin: 'http://rapport-site.localhost' }));
    expect(answer).toEqual({ registered: true });
    expect(await registrations()).toEqual([REGISTRATION]);

    // The options page names the site and shows it was enabled by the user, not built in.
    const listed = options.locator(`[data-testid="options-site"][data-pattern="${PATTERN}"]`);
    await expect.poll(() => listed.getAttribute('data-built-in')).toBe('false');
    expect(await listed.textContent()).toContain('rapport-site.localhost');

    const { page: chart, tabId } = await browser.openTab(siteUrl(`/classic/chart/${jane!.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-mrn').textContent().catch(() => null)).toBe(jane!.mrn);

    await siteAccess('removeHostPermission');
    await expect.poll(registrations).toEqual([]);
    await expect.poll(() => listed.count()).toBe(0);
    // What was read there goes at once: the open panel says so before the page is even reloaded,
    // and a change on the page (the reader there was told to stop) brings nobody back.
    await panel.getByTestId('no-client').waitFor();
    expect(await panel.getByTestId('no-client').textContent()).toContain('has not read this page');
    await chart.evaluate(() => document.body.append(document.createElement('p')));
    const notRead = async (page: Page) => (await page.getByTestId('no-client').textContent().catch(() => '')) ?? '';

    await chart.reload();
    const afterRevoke = await browser.openPanel(tabId);
    await afterRevoke.getByTestId('no-client').waitFor();
    expect(await notRead(afterRevoke)).toContain('has not read this page');
    // Past the background's re-read grace after the load, the answer is the same for a panel
    // opened now and for the one that stayed open.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const later = await browser.openPanel(tabId);
    await later.getByTestId('no-client').waitFor();
    for (const view of [panel, afterRevoke, later]) expect(await notRead(view)).toContain('has not read this page');

    // Granted again from the browser's menu: registered, and the open tab is read without a reload.
    await siteAccess('addHostPermission');
    await expect.poll(registrations).toEqual([REGISTRATION]);
    await expect.poll(() => afterRevoke.getByTestId('client-mrn').textContent().catch(() => null)).toBe(jane!.mrn);
  });

  test('a site that was never granted is not read', async () => {
    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane!.id}`));
    const panel = await browser.openPanel(tabId);
    await panel.getByTestId('no-client').waitFor();
    expect(await panel.getByTestId('no-client').textContent()).toContain('has not read this page');
  });
});
