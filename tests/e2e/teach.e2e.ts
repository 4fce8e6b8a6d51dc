import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startDemoServer, type DemoServer } from './demo';

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

const waitingFor = (panel: Page) => panel.getByTestId('teach-waiting').getAttribute('data-field');
const pickerOnPage = (page: Page) => page.locator('rapport-picker').count();

/** Opens the system no reader knows, and the panel for it: it shows no client yet. */
async function openUnknownSystem(): Promise<{ page: Page; panel: Page; tabId: number }> {
  const { page, tabId } = await browser.openTab(demo.page('/static/unknown-ehr.html'));
  const panel = await browser.openPanel(tabId);
  // "Not read yet" first, then the reader's answer: the page shows no single client.
  await expect.poll(() => panel.getByTestId('no-client').textContent()).toContain('does not show a single client');
  return { page, panel, tabId };
}

describe('teaching a site by pointing', () => {
  test('Escape on the page cancels: the picker is gone and nothing is saved', async () => {
    const { page, panel } = await openUnknownSystem();
    await panel.getByTestId('teach-site').click();
    await expect.poll(() => pickerOnPage(page)).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => pickerOnPage(page)).toBe(0);
    await expect.poll(() => panel.getByTestId('teach').count()).toBe(0);
    expect(await panel.getByTestId('site-message').textContent()).toContain('Teaching stopped');
    // The page acts on clicks again.
    await page.click('a.zz-go');
    await expect.poll(() => page.url()).toBe(demo.page('/static/unknown-ehr-2.html'));
  });

  test('click the name, the MRN and the DOB on the page, save, and the page is read from then on', async () => {
    const { page, panel, tabId } = await openUnknownSystem();
    await panel.getByTestId('teach-site').click();

    await expect.poll(() => waitingFor(panel)).toBe('name');
    await expect.poll(() => pickerOnPage(page)).toBe(1);
    await page.click('.zz-a1');
    await expect.poll(() => waitingFor(panel)).toBe('mrn');
    await page.locator('.zz-row > span').nth(0).click();
    await expect.poll(() => waitingFor(panel)).toBe('dob');
    await page.locator('.zz-row > span').nth(2).click();
    await panel.getByTestId('teach-save').waitFor();
    expect(await pickerOnPage(page)).toBe(0);
    expect(await panel.locator('[data-testid="teach-pick"][data-field="mrn"] [data-testid="teach-pick-text"]').textContent()).toBe(
      'AT-1912',
    );
    // The clicks were the picker's: the page did not navigate or act on them.
    expect(page.url()).toBe(demo.page('/static/unknown-ehr.html'));

    await panel.getByTestId('teach-date-order').selectOption('MDY');
    await panel.getByTestId('teach-save').click();
    await expect.poll(() => panel.getByTestId('client-mrn').textContent().catch(() => null)).toBe('AT-1912');

    await page.reload();
    const after = await browser.openPanel(tabId);
    await expect.poll(() => after.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    expect(await after.getByTestId('client-mrn').textContent()).toBe('AT-1912');
    expect(await after.getByTestId('client-dob').getAttribute('datetime')).toBe('1950-01-05');
    // Only seen, so the reader's table is where site tools are: "Site setup" in the menu.
    await after.getByTestId('panel-menu').click();
    await after.getByTestId('menu-site-setup').click();
    expect(await after.getByTestId('seen-read-from-page').textContent()).toContain('profile');

    // The same selectors read the next chart of that system.
    await page.click('a.zz-go');
    await expect.poll(() => after.getByTestId('client-mrn').textContent().catch(() => null)).toBe('AT-2207');
  });
});

