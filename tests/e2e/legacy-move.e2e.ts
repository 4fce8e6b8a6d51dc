import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { rapportBucket, rawStores } from './raw-db';
import { stopServiceWorker, wakeServiceWorker, workerStopped } from './worker-control';
import { clientKeys } from '../../src/domain/identity/identity';
import type { ClientRecord, ContactRecord } from '../../src/model/records';

/**
 * An update from a version that kept the database in the default IndexedDB (docs/design.md, "Storage"): the worker,
 * which starts first after an update, moves it into the Storage Bucket `rapport-1` the first time it opens it
 * (src/store/legacy.ts), migrated on the way, and deletes it there. The profile is made as such a version left it, in
 * plain IndexedDB from one of the extension's pages that runs none of its code: no bucket, and `rapport` at version 3
 * (the stores migrations 0-2 made), a client and a call logged for them. Version 3 predates the caseload's enrolment
 * (migration 3 → 4 enrols a client from their first recorded act), so the client shows on the caseload only if the
 * move ran the migrations.
 */
const LEGACY_VERSION = 3;
const T0 = Date.UTC(2026, 10, 2, 15, 30);
const SYSTEM = 'https://ehr.example.org';

const client = {
  id: 'client-legacy-1',
  createdAt: T0,
  updatedAt: T0 + 60_000,
  rev: 2,
  name: 'Philippa Ashworth-Lane',
  dob: '1948-07-19',
  identities: [{ system: SYSTEM, mrn: 'MRN-770041', lastUrl: `${SYSTEM}/chart/MRN-770041`, lastSeenAt: T0 }],
  lastSuccessAt: T0 + 60_000,
  lastAttemptAt: T0 + 60_000,
} satisfies Omit<ClientRecord, keyof ReturnType<typeof clientKeys>>;
const legacyClient: ClientRecord = { ...client, ...clientKeys(client) };
const legacyContact: ContactRecord = {
  id: 'contact-legacy-1',
  createdAt: T0 + 60_000,
  updatedAt: T0 + 60_000,
  rev: 1,
  clientId: client.id,
  at: T0 + 60_000,
  channel: 'call',
  direction: 'outbound',
  outcome: 'reached',
  note: 'Moved from the old database: daughter picks up prescriptions on Fridays',
  tags: [],
};

let browser: ExtensionBrowser;
/** An extension page that runs none of the extension's code: its origin's storage, read and written raw. */
let raw: Page;

beforeAll(async () => {
  browser = await launchWithExtension('dist/chrome-demo');
  raw = await browser.context.newPage();
  await raw.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
});
afterAll(async () => {
  await browser?.close();
});

const bucketNames = () => raw.evaluate(() => (navigator as unknown as { storageBuckets: { keys(): Promise<string[]> } }).storageBuckets.keys());
const defaultDatabases = () => raw.evaluate(async () => (await indexedDB.databases()).map((info) => info.name));

/**
 * The profile as the earlier version left it, with this version's worker stopped. A worker that woke meanwhile (Chrome
 * restarts a stopped one for an event of its own; CI saw it) opened an empty bucket, which an earlier version never
 * had beside its database, or met the database half-written and is still running: the profile is then made again.
 */
async function legacyProfileWithWorkerStopped(): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await stopServiceWorker(browser.context, browser.extensionId);
    await writeLegacyProfile(raw);
    if ((await bucketNames()).length === 0 && (await workerStopped(browser.context, browser.extensionId))) return;
  }
  throw new Error('the worker kept waking and making its bucket while the earlier profile was written');
}

/** The profile as the earlier version left it: no bucket, its database in the default IndexedDB at LEGACY_VERSION. */
async function writeLegacyProfile(page: Page): Promise<void> {
  await page.evaluate(
    async ({ version, records }) => {
      const buckets = (navigator as unknown as { storageBuckets: { keys(): Promise<string[]>; delete(name: string): Promise<void> } }).storageBuckets;
      for (const name of await buckets.keys()) await buckets.delete(name);
      await new Promise((resolve, reject) => {
        const deletion = indexedDB.deleteDatabase('rapport');
        deletion.onsuccess = resolve;
        deletion.onerror = () => reject(deletion.error);
      });
      const request = indexedDB.open('rapport', version);
      // The stores and indexes migrations 0 → 1 and 1 → 2 made (2 → 3 only wrote the contact summary on clients).
      request.onupgradeneeded = () => {
        const db = request.result;
        const clients = db.createObjectStore('clients', { keyPath: 'id' });
        clients.createIndex('by_identity', 'identityKeys', { multiEntry: true });
        clients.createIndex('by_nameDob', 'nameDobKey');
        clients.createIndex('by_searchName', 'searchName');
        clients.createIndex('by_updatedAt', 'updatedAt');
        db.createObjectStore('contacts', { keyPath: 'id' }).createIndex('by_client_at', ['clientId', 'at']);
        const callbacks = db.createObjectStore('callbacks', { keyPath: 'id' });
        callbacks.createIndex('by_status_due', ['status', 'dueAt']);
        callbacks.createIndex('by_client', 'clientId');
        db.createObjectStore('checklists', { keyPath: 'id' }).createIndex('by_client', 'clientId');
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('sites', { keyPath: 'id' }).createIndex('by_origin', 'origin', { unique: true });
        db.createObjectStore('painPoints', { keyPath: 'id' }).createIndex('by_client', 'clientId');
        db.createObjectStore('dispositions', { keyPath: 'id' }).createIndex('by_client', 'clientId');
        request.transaction!.objectStore('clients').put(records.client);
        request.transaction!.objectStore('contacts').put(records.contact);
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
    },
    { version: LEGACY_VERSION, records: { client: legacyClient, contact: legacyContact } },
  );
}

describe('a database an earlier version kept in the default IndexedDB', () => {
  test('moves into the bucket rapport-1 when the worker starts afresh: migrated, on the caseload, and gone from the default IndexedDB', async () => {
    // The worker of this version may have made its bucket already: it is stopped, and the profile made as before it.
    await browser.worker();
    await legacyProfileWithWorkerStopped();
    expect(await defaultDatabases()).toEqual(['rapport']);

    // Woken by a message from a page that opens no database, the worker opens it first (the badge counts what is due).
    await wakeServiceWorker(raw, { type: 'badge/refresh' });
    await expect.poll(bucketNames, { timeout: 15_000 }).toEqual(['rapport-1']);
    await expect.poll(defaultDatabases, { timeout: 15_000 }).toEqual([]);
    expect(await rapportBucket(raw)).toBe('rapport-1');

    const stores = await rawStores(raw);
    expect(Object.keys(stores).sort()).toEqual(['callbacks', 'checklists', 'clients', 'contacts', 'dispositions', 'meta', 'painPoints', 'serverIds', 'sites']);
    // Exact, but for what the migrations since version 3 added: the enrolment from the call logged.
    expect(stores.clients).toEqual([{ ...legacyClient, enrolledAt: legacyContact.createdAt }]);
    expect(stores.contacts).toEqual([legacyContact]);

    const { page: tab, tabId } = await browser.openTab('about:blank');
    const panel = await browser.openPanel(tabId);
    await panel.getByTestId('view-caseload').click();
    await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor();
    const row = panel.locator(`[data-testid="caseload-row"][data-client-id="${client.id}"]`);
    await expect.poll(() => row.innerText().catch(() => ''), { timeout: 10_000 }).toContain(client.name);
    expect(await panel.getByTestId('caseload-size').getAttribute('data-count')).toBe('1');
    expect(await bucketNames()).toEqual(['rapport-1']);
    expect(await defaultDatabases()).toEqual([]);
    await panel.close();
    await tab.close();
  });

  test('a side panel opened first after the update shows the client from the moved database, and a call it logs lands in the bucket', async () => {
    await legacyProfileWithWorkerStopped();
    expect(await defaultDatabases()).toEqual(['rapport']);
    // Bound to the raw page's tab, opened before anything woke the worker (openTab would): the panel's own messages do.
    // Its database opens behind the worker's move (one Web Lock), or where it is and follows the move (db.ts).
    const tabId = await raw.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tabId=${tabId}`);
    await panel.getByTestId('view-caseload').click();
    await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor();
    const row = panel.locator(`[data-testid="caseload-row"][data-client-id="${client.id}"]`);
    await expect.poll(() => row.innerText().catch(() => ''), { timeout: 10_000 }).toContain(client.name);
    await expect.poll(bucketNames, { timeout: 15_000 }).toEqual(['rapport-1']);
    await expect.poll(defaultDatabases, { timeout: 15_000 }).toEqual([]);
    expect((await rawStores(raw)).clients).toEqual([{ ...legacyClient, enrolledAt: legacyContact.createdAt }]);

    // The panel's handle is on the moved database: a call it logs lands in the bucket, nothing in the default IndexedDB.
    await row.getByTestId('caseload-open-client').click();
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('log-contact-dialog').waitFor();
    await panel.getByTestId('log-contact-save').click();
    await expect.poll(async () => (await rawStores(raw)).contacts?.length, { timeout: 10_000 }).toBe(2);
    expect(await defaultDatabases()).toEqual([]);
    await panel.close();
  });
});
