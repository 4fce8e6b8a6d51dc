import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { DAY_MS as DAY } from '../../src/domain/time/dates';
import { rapportBucket } from './raw-db';

let browser: ExtensionBrowser;
let demo: DemoServer;
const patients = makePatients();

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openChart(path: string) {
  const { page, tabId } = await browser.openTab(demo.page(path));
  const panel = await browser.openPanel(tabId);
  return { page, panel };
}

/** Seeds contacts straight into the extension's database, as weeks of history would have. */
async function seedContacts(panel: Page, clientName: string, daysAgo: number[]) {
  await panel.evaluate(
    async ({ name, ages, day, bucket }) => {
      const request = (await (navigator as any).storageBuckets.open(bucket)).indexedDB.open('rapport') as IDBOpenDBRequest;
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const tx = db.transaction(['clients', 'contacts'], 'readwrite');
      const clients = await new Promise<any[]>((resolve) => {
        const all = tx.objectStore('clients').getAll();
        all.onsuccess = () => resolve(all.result);
      });
      const client = clients.find((record) => record.name === name);
      const now = Date.now();
      // As the store keeps it with every contact write (schema v3): the client's last success.
      const latest = Math.max(client.lastSuccessAt ?? -Infinity, ...ages.map((age) => now - age * day));
      tx.objectStore('clients').put({ ...client, lastSuccessAt: latest, lastAttemptAt: Math.max(client.lastAttemptAt ?? -Infinity, latest) });
      for (const age of ages) {
        tx.objectStore('contacts').put({
          id: crypto.randomUUID(),
          clientId: client.id,
          at: now - age * day,
          channel: 'call',
          direction: 'outbound',
          outcome: 'reached',
          tags: [],
          createdAt: now,
          updatedAt: now,
          rev: 1,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { name: clientName, ages: daysAgo, day: DAY, bucket: await rapportBucket(panel) },
  );
}

describe('wrong-patient safety', () => {
  test('a note half-written when the page switches patient stays with its client, and says so', async () => {
    const first = patients[0]!;
    const { page, panel } = await openChart(`/app/patient/${first.id}`);
    await panel.getByTestId('client-mrn').waitFor().catch(async () => {
      throw new Error(`panel shows: ${await panel.locator('body').innerText()}`);
    });
    await expect.poll(() => panel.getByTestId('client-mrn').textContent()).toBe(first.mrn);
    const firstName = await panel.getByTestId('client-name').textContent();
    await addToCaseload(panel);
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('contact-note').fill('Talked through the new inhaler.');

    await page.getByTestId('next-patient').click();
    await expect.poll(() => panel.getByTestId('client-mrn').textContent()).not.toBe(first.mrn);
    await expect.poll(() => panel.getByTestId('draft-other-client').textContent()).toContain(firstName!);
    expect(await panel.getByTestId('contact-note').inputValue()).toBe('Talked through the new inhaler.');

    await panel.getByTestId('log-contact-save').click();
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain(firstName!);
    // The new page client was only looked at; the first one has today's contact.
    await panel.getByTestId('seen-client').waitFor();
    await page.goBack();
    await expect.poll(() => panel.getByTestId('client-mrn').textContent()).toBe(first.mrn);
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
    await page.close();
    await panel.close();
  });
});

describe('contact rhythm', () => {
  test('the indicator turns amber past the ideal interval and red past the maximum, with words', async () => {
    const client = patients[3]!;
    const { page, panel } = await openChart(`/classic/chart/${client.id}`);
    const name = (await panel.getByTestId('client-name').textContent())!;
    await addToCaseload(panel);
    const status = panel.getByTestId('cadence-status');
    // Never contacted and just joined: its own state, measured from joining, not overdue.
    await expect.poll(() => status.getAttribute('data-state')).toBe('no-contact-yet');
    expect(await status.getAttribute('data-status')).toBe('ok');

    await seedContacts(panel, name, [40]);
    await panel.reload();
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('40');
    expect(await status.getAttribute('data-status')).toBe('red');
    expect(await status.textContent()).toContain('Overdue');

    await seedContacts(panel, name, [20]);
    await panel.reload();
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('20');
    expect(await status.getAttribute('data-status')).toBe('amber');
    expect(await status.textContent()).toContain('Due');

    await panel.getByTestId('quick-call').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('ok');
    expect(await panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
    await page.close();
    await panel.close();
  });
});
