import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from 'vite';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startLoopbackServer, type LoopbackServer } from '../sync/harness/loopback-server';
import { TEST_CLIENT_ID } from '../sync/harness/sign-in';

/**
 * Team sync connected from the real options page to the loopback FHIR harness (Medplum's router and
 * the test SMART server). `permissions.request` cannot be answered by automation, so this runs the
 * `chrome-e2e-sync` test build, which already holds the loopback origin and `identity` (Chromium
 * then resolves the request without a prompt); that build alone lets sync use loopback http.
 * The network guard allows exactly the harness origin once the test connects, and nothing before.
 */
let browser: ExtensionBrowser;
let server: LoopbackServer;

beforeAll(async () => {
  await build({ mode: 'chrome-e2e-sync', logLevel: 'warn', configFile: 'vite.config.ts' });
  server = await startLoopbackServer({ users: { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' } } });
  browser = await launchWithExtension('dist/chrome-e2e-sync');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('team sync in the options page', () => {
  test('off by default: the section says so and nothing has left the browser', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await expect.poll(() => page.getByTestId('sync-section').getAttribute('data-connected')).toBe('false');
    expect(await page.getByTestId('sync-status').textContent()).toMatch(/Off/);
    expect(browser.network.violations()).toEqual([]);
    await page.close();
  });

  test('connects with SMART sign-in through the browser\'s sign-in window, then disconnects', async () => {
    browser.network.allowOrigin(server.origin);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await page.getByTestId('sync-fhir-base').fill(server.fhirBase);
    await page.getByTestId('sync-client-id').fill(TEST_CLIENT_ID);
    await page.getByTestId('sync-connect').click();
    await expect.poll(() => page.getByTestId('sync-section').getAttribute('data-connected'), { timeout: 15_000 }).toBe('true');
    expect(await page.getByTestId('sync-error').textContent()).toBe('');
    expect(await page.getByTestId('sync-status').textContent()).toContain('Practitioner/alice');
    // No passphrase in this profile: the page warns that the sign-in is stored unencrypted.
    await expect.poll(() => page.getByTestId('sync-tokens-clear').count()).toBe(1);
    // What went out went to the harness origin only: discovery and the token exchange from the page.
    const sent = browser.network.allowed().map((v) => new URL(v.url).pathname);
    expect(sent).toEqual(expect.arrayContaining(['/fhir/R4/.well-known/smart-configuration', '/auth/token']));
    expect(browser.network.violations()).toEqual([]);

    await page.getByTestId('sync-disconnect').click();
    await expect.poll(() => page.getByTestId('sync-section').getAttribute('data-connected')).toBe('false');
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const read = (key: string) =>
        new Promise<unknown>((resolve) => {
          const request = db.transaction('meta').objectStore('meta').get(key);
          request.onsuccess = () => resolve(request.result?.value);
        });
      return { settings: await read('sync'), tokens: await read('sync-tokens') };
    });
    expect(stored).toEqual({ settings: { enabled: false, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID }, tokens: undefined });
    await page.close();
  });
});
