import { seriousViolations } from './axe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startDemoServer, type DemoServer } from './demo';
import { rapportBucket } from './raw-db';


let browser: ExtensionBrowser;
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** A profile as the panel's Teach saves it, written straight to the extension's database. */
async function seedProfile(page: Page, origin: string) {
  await page.evaluate(async ({ origin, bucket }) => {
    const factory: IDBFactory = (await (navigator as any).storageBuckets.open(bucket)).indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('sites', 'readwrite');
    const now = Date.now();
    tx.objectStore('sites').put({
      id: 'seeded-profile',
      origin,
      selectors: { name: 'a.zz-a1', mrn: 'div.zz-row > span:nth-of-type(1)', dob: 'div.zz-row > span:nth-of-type(3)' },
      dateOrder: 'MDY',
      createdAt: now,
      updatedAt: now,
      rev: 1,
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    // What the store's save does after writing: tell other pages, then the background.
    new BroadcastChannel('rapport-data').postMessage({ store: 'sites', ids: ['seeded-profile'] });
    await chrome.runtime.sendMessage({ type: 'site/profiles-changed' });
  }, { origin, bucket: await rapportBucket(page) });
}

describe('the options page', () => {
  test('lists the built-in demo sites, and a taught profile whose deletion stops its use', async () => {
    const origin = new URL(demo.url).origin;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByTestId('options-taught-none').waitFor();

    const builtIn = options.locator('[data-testid="options-site"][data-pattern="http://127.0.0.1/*"]');
    expect(await builtIn.getAttribute('data-built-in')).toBe('true');
    expect(await builtIn.getByTestId('options-revoke').count()).toBe(0);

    await seedProfile(options, origin);
    const { tabId } = await browser.openTab(demo.page('/static/unknown-ehr.html'));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-mrn').textContent().catch(() => null)).toBe('AT-1912');

    // Written by another context: the page follows the change without a reload.
    const profile = options.locator(`[data-testid="options-profile"][data-origin="${origin}"]`);
    await profile.waitFor();
    expect(await profile.locator('tr[data-field="mrn"] code').textContent()).toBe('div.zz-row > span:nth-of-type(1)');
    expect(await profile.locator('tr[data-field="dob"]').count()).toBe(1);
    expect(await seriousViolations(options)).toEqual([]);

    await profile.getByTestId('options-delete').click();
    await options.getByTestId('options-taught-none').waitFor();
    expect(await options.getByTestId('options-notice').textContent()).toContain(origin);
    // The open chart's reader is told, asks again, and no longer reads the page.
    await panel.getByTestId('no-client').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
  });

  test('works from the keyboard: Tab reaches the delete button and Enter deletes', async () => {
    const origin = new URL(demo.url).origin;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await seedProfile(options, origin);
    await options.reload();
    const remove = options.locator(`[data-testid="options-profile"][data-origin="${origin}"]`).getByTestId('options-delete');
    await remove.waitFor();
    expect(await remove.getAttribute('aria-label')).toContain(origin);
    // The settings form comes first on the page: allow for its fields.
    for (let i = 0; i < 80 && !(await remove.evaluate((el) => el === document.activeElement)); i++) await options.keyboard.press('Tab');
    await options.keyboard.press('Enter');
    await options.getByTestId('options-taught-none').waitFor();
  });
});
