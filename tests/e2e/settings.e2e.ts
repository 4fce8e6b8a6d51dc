import { seriousViolations } from './axe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { rapportBucket } from './raw-db';

const HOUR = 3_600_000;

let browser: ExtensionBrowser;
let demo: DemoServer;
const jane = makePatients().find((patient) => patient.mrn === 'MRN-100234')!;
const jose = makePatients().find((patient) => patient.mrn === 'MRN-100318')!;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.getByTestId('settings-form').waitFor();
  return page;
}

/** Open callbacks' due times, straight from the extension's database. */
async function openDueTimes(page: Page): Promise<number[]> {
  return page.evaluate(async (bucket) => {
    const factory: IDBFactory = (await (navigator as any).storageBuckets.open(bucket)).indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<any[]>((resolve) => {
      const request = db.transaction('callbacks').objectStore('callbacks').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return rows.filter((row) => row.status === 'open').map((row) => row.dueAt as number);
  }, await rapportBucket(page));
}

describe('settings in the options page', () => {
  test('invalid input is refused with a clear error, nothing saved; the page passes axe', async () => {
    const options = await openOptions();
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByTestId('settings-start').fill('17:00');
    await options.getByTestId('settings-end').fill('09:00');
    await options.getByTestId('settings-promptness').fill('0');
    await options.getByTestId('settings-save').click();
    const endError = options.getByTestId('settings-error-end');
    await endError.waitFor();
    expect(await endError.textContent()).toContain('after its start');
    expect(await options.getByTestId('settings-end').getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByTestId('settings-status').textContent()).toContain('Not saved');
    expect(await options.getByTestId('settings-error-promptnessHours').textContent()).toContain('1 to 72');
    // Still the defaults: reload and read them back.
    await options.reload();
    await options.getByTestId('settings-form').waitFor();
    expect(await options.getByTestId('settings-start').inputValue()).toBe('09:00');
    expect(await options.getByTestId('settings-end').inputValue()).toBe('17:00');
    // The default zone is the browser's own; names and notifications are off.
    expect(await options.getByTestId('settings-timezone').inputValue()).toBe(
      await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
    expect(await options.getByTestId('settings-notify').isChecked()).toBe(false);
    expect(await options.getByTestId('settings-show-names').isChecked()).toBe(false);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  test('the promptness target set here moves the due time of "I owe a call back" in an open panel', async () => {
    const options = await openOptions();
    // Every day, all day, no holidays: business hours are clock hours, whatever the machine's clock says.
    for (const day of [0, 1, 2, 3, 4, 5, 6]) await options.getByTestId(`settings-day-${day}`).check();
    await options.getByTestId('settings-start').fill('00:00');
    await options.getByTestId('settings-end').fill('00:00');
    await options.getByTestId('settings-holidays').selectOption('none');
    await options.getByTestId('settings-promptness').fill('5');
    await options.getByTestId('settings-save').click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toContain('Settings saved');

    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    await addToCaseload(panel);
    let clicked = Date.now();
    await panel.getByTestId('owe-callback').click();
    await expect.poll(async () => (await openDueTimes(panel)).length).toBe(1);
    const [first] = await openDueTimes(panel);
    expect(Math.abs(first! - clicked - 5 * HOUR)).toBeLessThan(60_000);

    // Changed while the panel is open: the panel follows without a reload.
    await options.getByTestId('settings-promptness').fill('2');
    await options.getByTestId('settings-save').click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toContain('Settings saved');
    await panel.waitForTimeout(300);
    clicked = Date.now();
    await panel.getByTestId('owe-callback').click();
    await expect.poll(async () => (await openDueTimes(panel)).length).toBe(2);
    const second = (await openDueTimes(panel)).find((due) => due !== first)!;
    expect(Math.abs(second - clicked - 2 * HOUR)).toBeLessThan(60_000);
    await panel.close();
    await options.close();
  });

  test('"forget charts only seen after" is checked against its range, saved, and the panel says it', async () => {
    const options = await openOptions();
    const retention = options.getByTestId('settings-seen-retention');
    expect(await retention.inputValue()).toBe('30');
    await retention.fill('400');
    await options.getByTestId('settings-save').click();
    const error = options.getByTestId('settings-error-seenRetentionDays');
    await error.waitFor();
    expect(await error.textContent()).toContain('1 to 365');
    expect(await retention.getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByTestId('settings-status').textContent()).toContain('Not saved');

    await retention.fill('7');
    await options.getByTestId('settings-save').click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toContain('Settings saved');
    await options.reload();
    await options.getByTestId('settings-form').waitFor();
    expect(await options.getByTestId('settings-seen-retention').inputValue()).toBe('7');

    const { page, tabId } = await browser.openTab(demo.page(`/classic/chart/${jose.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('seen-client').textContent()).toContain('forgotten after 7 days');
    await page.close();
    await panel.close();
    await options.close();
  });

  test('closure dates are added and removed from the keyboard', async () => {
    const options = await openOptions();
    const date = options.getByTestId('settings-closure-date');
    await date.fill('2030-12-24');
    await date.press('Enter');
    await options.locator('[data-testid="settings-closure"][data-date="2030-12-24"]').waitFor();
    await options.getByTestId('settings-save').click();
    await expect.poll(() => options.getByTestId('settings-status').textContent()).toContain('Settings saved');
    await options.reload();
    const closure = options.locator('[data-testid="settings-closure"][data-date="2030-12-24"]');
    await closure.waitFor();
    await closure.getByTestId('settings-closure-remove').focus();
    await options.keyboard.press('Enter');
    await options.getByTestId('settings-closures-none').waitFor();
    await options.close();
  });
});
