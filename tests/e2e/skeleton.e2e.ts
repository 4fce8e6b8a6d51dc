import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { freePort, launchWithExtension, type ExtensionBrowser } from './browser';
import { stopServiceWorker, wakeServiceWorker } from './worker-control';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { rapportBucket } from './raw-db';

let browser: ExtensionBrowser;
let demo: DemoServer;
const patients = makePatients();
const jane = patients.find((patient) => patient.mrn === 'MRN-100234')!;
const jose = patients.find((patient) => patient.mrn === 'MRN-100318')!;

beforeAll(async () => {
  demo = await startDemoServer();
  // East of the date line, where a UTC conversion would move a date of birth by a day.
  browser = await launchWithExtension('dist/chrome-demo', { timeZone: 'Pacific/Auckland', remoteDebuggingPort: await freePort() });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openChart(path: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const { page, tabId } = await browser.openTab(demo.page(path));
  const panel = await browser.openPanel(tabId);
  return { page, panel, tabId };
}

const clientName = (panel: Page) => panel.getByTestId('client-name');

describe('reading the page', () => {
  test('a classic chart shows its client in the panel, with what was read and from where', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jane.id}`);
    await expect.poll(() => clientName(panel).textContent()).toBe('Jane M. Doe');
    expect(await panel.getByTestId('client-mrn').textContent()).toBe('MRN-100234');
    expect(await panel.getByTestId('client-dob').getAttribute('datetime')).toBe('1950-01-05');
    expect(await panel.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Pacific/Auckland');
    // Only seen: the reader's table is a site tool, shown with "Site setup" from the menu.
    await panel.getByTestId('seen-client').waitFor();
    await panel.getByTestId('panel-menu').click();
    await panel.getByTestId('menu-site-setup').click();
    const readFromPage = panel.getByTestId('seen-read-from-page');
    expect(await readFromPage.locator('tr[data-field="mrn"] td').first().textContent()).toBe('MRN-100234');
    expect(await readFromPage.locator('tr[data-field="mrn"] td').nth(1).textContent()).not.toBe('');
    await page.close();
    await panel.close();
  });

  test('switching patient in the single-page skin moves the panel to the new client', async () => {
    const { page, panel } = await openChart(`/app/patient/${jane.id}`);
    await expect.poll(() => clientName(panel).textContent()).toBe('Jane M. Doe');
    const before = await clientName(panel).textContent();
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.getByTestId('next-patient').click();
    await expect.poll(async () => clientName(panel).textContent()).not.toBe(before);
    const next = patients[patients.indexOf(jane) + 1]!;
    expect(await panel.getByTestId('client-mrn').textContent()).toBe(next.mrn);
    expect(loads).toEqual([]);
    await page.close();
    await panel.close();
  });

  test('a chart inside an iframe is read: the frame that shows the client wins over the shell', async () => {
    const { page, panel } = await openChart(`/framed/chart/${jane.id}`);
    await expect.poll(() => panel.getByTestId('client-mrn').textContent().catch(() => null)).toBe(jane.mrn);
    expect(page.frames().length).toBe(2);
    await page.close();
    await panel.close();
  });

  test('the patient list shows no single client', async () => {
    const { page, panel } = await openChart('/classic/');
    await expect.poll(() => panel.getByTestId('no-client').isVisible()).toBe(true);
    expect(await clientName(panel).count()).toBe(0);
    await page.close();
    await panel.close();
  });
});

describe('contacts, callbacks and the badge', () => {
  test('logging a contact shows "today"', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jane.id}`);
    await expect.poll(() => clientName(panel).textContent()).toBe('Jane M. Doe');
    // Only looked at so far: the panel offers to add Jane, and nothing else.
    await panel.getByTestId('seen-client').waitFor();
    expect(await panel.getByTestId('log-contact').count()).toBe(0);
    await addToCaseload(panel);
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('log-contact-save').click();
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
    expect(await panel.getByTestId('notice').textContent()).toContain('Jane M. Doe');
    await page.close();
    await panel.close();
  });

  test('an overdue callback shows on the badge, and completing it clears the badge', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jane.id}`);
    await expect.poll(() => clientName(panel).textContent()).toBe('Jane M. Doe');
    expect(await browser.badgeText()).toBe('');
    await addToCaseload(panel);
    await panel.getByTestId('add-callback').click();
    await panel.getByTestId('callback-due').fill('2020-01-01T09:00');
    await panel.getByTestId('callback-save').click();
    await expect.poll(() => panel.getByTestId('callback').getAttribute('data-overdue')).toBe('true');
    await expect.poll(() => browser.badgeText()).toBe('1');
    await panel.getByTestId('callback-done').click();
    await expect.poll(() => panel.getByTestId('callback').count()).toBe(0);
    await expect.poll(() => browser.badgeText()).toBe('');
    await page.close();
    await panel.close();
  });

  test('the badge is right after the worker was stopped while the data changed', async () => {
    const { page, panel, tabId } = await openChart(`/classic/chart/${jane.id}`);
    await expect.poll(() => clientName(panel).textContent()).toBe('Jane M. Doe');
    await addToCaseload(panel);
    await panel.getByTestId('add-callback').click();
    await panel.getByTestId('callback-due').fill('2021-06-01T09:00');
    await panel.getByTestId('callback-save').click();
    await expect.poll(() => browser.badgeText()).toBe('1');

    await stopServiceWorker(browser.context, browser.extensionId);
    // Change the data while no worker runs: write straight to IndexedDB from the panel page.
    await panel.evaluate(async (bucket) => {
      const request = (await (navigator as any).storageBuckets.open(bucket)).indexedDB.open('rapport') as IDBOpenDBRequest;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('callbacks', 'readwrite');
      const store = tx.objectStore('callbacks');
      const all = await new Promise<any[]>((resolve) => {
        const getAll = store.getAll();
        getAll.onsuccess = () => resolve(getAll.result);
      });
      const open = all.find((record) => record.status === 'open');
      const now = Date.now();
      store.put({ ...open, id: crypto.randomUUID(), createdAt: now, updatedAt: now, rev: 1 });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, await rapportBucket(panel));
    // Any message wakes the worker, and every wake recounts from the database.
    await wakeServiceWorker(panel, { type: 'context/get', tabId });
    await expect.poll(() => browser.badgeText()).toBe('2');
    await page.close();
    await panel.close();
  });

  test('the badge turns when a callback falls due, with no panel open (the alarm)', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jose.id}`);
    await expect.poll(() => clientName(panel).textContent()).toBe('José Núñez');
    const before = Number((await browser.badgeText()) || '0');
    await panel.evaluate(async (bucket) => {
      const request = (await (navigator as any).storageBuckets.open(bucket)).indexedDB.open('rapport') as IDBOpenDBRequest;
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const tx = db.transaction(['clients', 'callbacks'], 'readwrite');
      const clients = await new Promise<any[]>((resolve) => {
        const all = tx.objectStore('clients').getAll();
        all.onsuccess = () => resolve(all.result);
      });
      const now = Date.now();
      const client = clients.find((record) => record.name === 'José Núñez');
      tx.objectStore('callbacks').put({
        id: crypto.randomUUID(),
        clientId: client.id,
        dueAt: now + 3000,
        status: 'open',
        createdAt: now,
        updatedAt: now,
        rev: 1,
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      await chrome.runtime.sendMessage({ type: 'badge/refresh' });
    }, await rapportBucket(panel));
    await panel.close();
    expect(Number((await browser.badgeText()) || '0')).toBe(before);
    await expect.poll(() => browser.badgeText(), { timeout: 15_000 }).toBe(String(before + 1));
    await page.close();
  });

  test('after an update the tabs already open get a fresh reader, without a reload', async () => {
    const { page } = await openChart(`/classic/chart/${jane.id}`);
    await browser.reloadExtension();
    const tabId = await (await browser.worker()).evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      page.url(),
    );
    const panel = await browser.openPanel(tabId!);
    await expect.poll(() => clientName(panel).textContent().catch(() => null)).toBe('Jane M. Doe');
    await panel.close();
    await page.close();
  });
});
