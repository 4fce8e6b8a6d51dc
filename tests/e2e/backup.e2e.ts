import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEVICE_META_KEYS, META_KEYS } from '../../src/model/meta';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { rawStores } from './raw-db';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/** Every store of the extension's database, read from one of its pages. */
async function dumpDb(page: Page) {
  return (await rawStores(page)) as Record<string, { name?: string; deleted?: boolean; key?: string }[]>;
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.getByTestId('backup-section').waitFor();
  return page;
}

async function exportFile(options: Page): Promise<Buffer> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-backup').click()]);
  return readFile((await download.path())!);
}

const importFile = (options: Page, buffer: Buffer, name = 'backup.json') =>
  options.getByTestId('import-backup').setInputFiles({ name, mimeType: 'application/json', buffer });

describe('backup and restore in Chromium', () => {
  test('export, erase all, import: the client, her contact and her overdue callback (badge) come back', async () => {
    // Seed through the panel: a client read from the chart, a contact, an overdue callback.
    const { page, tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    await addToCaseload(panel);
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('log-contact-save').click();
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
    await panel.getByTestId('add-callback').click();
    await panel.getByTestId('callback-due').fill('2020-01-01T09:00');
    await panel.getByTestId('callback-save').click();
    await expect.poll(() => browser.badgeText()).toBe('1');
    expect(await panel.getByTestId('last-backup').getAttribute('data-days')).toBe('');

    const options = await openOptions();
    const file = await exportFile(options);
    const backup = JSON.parse(file.toString('utf8'));
    expect(backup).toMatchObject({ format: 'rapport-backup', version: 1 });
    expect(backup.checksum).toMatch(/^[0-9a-f]{64}$/);
    // The panel learns of the export at once.
    await expect.poll(() => panel.getByTestId('last-backup').getAttribute('data-days')).toBe('0');
    const before = await dumpDb(options);

    await options.getByTestId('erase-all-confirm').fill('ERASE');
    await options.getByTestId('erase-all').click();
    await expect.poll(() => options.getByTestId('danger-status').textContent()).toContain('erased');
    await expect.poll(() => browser.badgeText()).toBe('');
    expect((await dumpDb(options)).clients).toEqual([]);

    await importFile(options, file);
    const clientsRow = options.locator('[data-testid="import-plan-row"][data-store="clients"]');
    await clientsRow.waitFor();
    expect(await clientsRow.locator('[data-count="new"]').textContent()).toBe('1');
    await options.getByTestId('import-confirm').click();
    await options.getByTestId('import-done').waitFor();
    await expect.poll(() => browser.badgeText()).toBe('1');
    const after = await dumpDb(options);
    // Everything is back except what describes this device (when it last exported, its
    // notification and pruning checkpoints): a backup never carries those.
    const portable = (meta: { key?: string }[]) => meta.filter((m) => m.key === META_KEYS.schemaVersion || !DEVICE_META_KEYS.includes(m.key ?? ''));
    expect({ ...after, meta: portable(after.meta!) }).toEqual({ ...before, meta: portable(before.meta!) });
    await panel.reload();
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
    await expect.poll(() => panel.getByTestId('callback').getAttribute('data-overdue')).toBe('true');

    // A damaged copy is refused with a reason, and changes nothing (the reload re-read the chart).
    const settled = await dumpDb(options);
    const damaged = Buffer.from(file.toString('utf8').replace('Jane M. Doe', 'Jane M. Dox'));
    await importFile(options, damaged);
    await expect.poll(() => options.getByTestId('import-error').textContent()).toContain('damaged');
    expect(await options.getByTestId('import-confirm').count()).toBe(0);
    await importFile(options, file.subarray(0, file.length / 2));
    await expect.poll(() => options.getByTestId('import-error').textContent()).toContain('incomplete');
    expect(await dumpDb(options)).toEqual(settled);
    await page.close();
    await panel.close();
    await options.close();
  });

  test('with a passphrase the file is encrypted, and restoring it needs the passphrase', async () => {
    const options = await openOptions();
    await options.getByTestId('backup-passphrase').fill('correct horse battery');
    const file = await exportFile(options);
    const text = file.toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'rapport-backup-encrypted', kdf: { name: 'PBKDF2', iterations: 600000 } });
    expect(text).not.toContain('Jane');
    const before = await dumpDb(options);

    await importFile(options, file);
    await options.getByTestId('import-passphrase').fill('wrong horse');
    await options.getByTestId('import-unlock').click();
    await expect.poll(() => options.getByTestId('import-error').textContent()).toContain('Wrong passphrase');
    expect(await dumpDb(options)).toEqual(before);

    await options.getByTestId('import-passphrase').fill('correct horse battery');
    await options.getByTestId('import-unlock').click();
    await options.getByTestId('import-plan').waitFor();
    expect(await options.getByTestId('import-error').isHidden()).toBe(true);
    await options.getByTestId('import-confirm').click();
    await options.getByTestId('import-done').waitFor();
    await options.close();
  });

  test('the FHIR export downloads a collection Bundle; the page has no serious accessibility problems', async () => {
    const options = await openOptions();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-fhir').click()]);
    const bundle = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const patient = bundle.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Patient').resource;
    expect(patient.identifier[0]).toEqual({ use: 'usual', type: { text: 'MRN' }, system: new URL(demo.url).origin, value: jane.mrn });
    await options.evaluate(AXE_SOURCE);
    const violations = await options.evaluate(async () => {
      const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical').map((v: any) => v.id);
    });
    expect(violations).toEqual([]);
    await options.close();
  });

  test('deleting one client removes her and everything about her', async () => {
    const options = await openOptions();
    await options.getByTestId('delete-client-search').fill('Jane');
    await options.getByTestId('delete-client-option').first().click();
    const button = options.getByTestId('delete-client');
    expect(await button.isDisabled()).toBe(true);
    await options.getByTestId('delete-client-confirm-name').fill('jane m. doe');
    await button.click();
    await expect.poll(() => options.getByTestId('danger-status').textContent()).toContain('Jane M. Doe');
    await expect.poll(() => browser.badgeText()).toBe('');
    const all = await dumpDb(options);
    expect(JSON.stringify(all)).not.toContain('Jane');
    for (const store of ['clients', 'contacts', 'callbacks']) expect(all[store]!.every((r) => r.deleted)).toBe(true);
    await options.close();
  });
});
