// Backup bench: real Chromium with dist/chrome-demo loaded, a 5,000-client caseload seeded into the
// extension's IndexedDB, then export → erase all → import through the options page as a user does.
// Each figure is printed beside a floor measured in the same run: IndexedDB itself reading every
// store (export) and writing every record in one transaction (import).
// `node tests/bench/backup.mjs` runs it (after `node scripts/build.mjs chrome-demo`).
import { chromium } from 'playwright-core';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZE = { clients: 5_000, contacts: 200_000, callbacks: 20_000, checklists: 20_000 };

/** Seeds records shaped like the store's own, in batches, from an extension page. */
function seed(page, size) {
  return page.evaluate(async (size) => {
    // The extension's database before any passphrase is set: bucket rapport-1 (src/store/generations.ts).
    const factory = (await navigator.storageBuckets.open('rapport-1')).indexedDB;
    const DAY = 86_400_000;
    const now = Date.now();
    const db = await new Promise((done) => (factory.open('rapport').onsuccess = (event) => done(event.target.result)));
    const put = (store, records) =>
      new Promise((done, fail) => {
        const tx = db.transaction(store, 'readwrite');
        for (const record of records) tx.objectStore(store).put(record);
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
    const meta = (at) => ({ createdAt: at, updatedAt: at, rev: 1 });
    const origin = 'http://127.0.0.1:8765';
    const clients = Array.from({ length: size.clients }, (_, i) => {
      const name = `Bench Client ${String(i).padStart(5, '0')}`;
      return {
        id: `bench-client-${i}`,
        name,
        dob: '1950-01-05',
        sex: i % 2 ? 'F' : 'M',
        phone: '(555) 010-1234',
        identities: [{ system: origin, mrn: `BENCH-${i}`, lastUrl: `${origin}/classic/chart/bench-${i}`, lastSeenAt: now }],
        identityKeys: [`${origin}|BENCH-${i}`],
        searchName: name.toLowerCase(),
        tier: 'medium',
        lastSuccessAt: now - DAY,
        lastAttemptAt: now - DAY,
        ...meta(now - 400 * DAY),
      };
    });
    await put('clients', clients);
    for (let start = 0; start < size.contacts; start += 20_000) {
      const batch = [];
      for (let i = start; i < start + 20_000; i++) {
        batch.push({
          id: `bench-contact-${i}`,
          clientId: `bench-client-${i % size.clients}`,
          at: now - (i % 365) * DAY - DAY,
          channel: 'call',
          direction: 'outbound',
          outcome: 'reached',
          note: 'Talked about the new inhaler and the pharmacy hours.',
          tags: [],
          ...meta(now - DAY),
        });
      }
      await put('contacts', batch);
    }
    const callbacks = Array.from({ length: size.callbacks }, (_, i) => ({
      id: `bench-callback-${i}`,
      clientId: `bench-client-${i % size.clients}`,
      dueAt: now + (i % 30) * DAY,
      status: 'open',
      ...meta(now - DAY),
    }));
    await put('callbacks', callbacks);
    const checklists = Array.from({ length: size.checklists }, (_, i) => ({
      id: `bench-tick-${i}`,
      clientId: `bench-client-${i % size.clients}`,
      templateId: 'trust',
      itemId: `trust.item-${i % 4}`,
      ticks: [now - DAY],
      ...meta(now - DAY),
    }));
    await put('checklists', checklists);
    db.close();
  }, size);
}

/** Floors: IndexedDB alone reading every store, and writing all of it back in one transaction. */
function timeFloors(page) {
  return page.evaluate(async () => {
    const factory = (await navigator.storageBuckets.open('rapport-1')).indexedDB;
    const db = await new Promise((done) => (factory.open('rapport').onsuccess = (event) => done(event.target.result)));
    const names = [...db.objectStoreNames];
    const request = (r) => new Promise((done, fail) => ((r.onsuccess = () => done(r.result)), (r.onerror = () => fail(r.error))));
    let started = performance.now();
    const tx = db.transaction(names);
    const all = await Promise.all(names.map((name) => request(tx.objectStore(name).getAll())));
    const read = performance.now() - started;
    started = performance.now();
    const write = db.transaction(names, 'readwrite');
    names.forEach((name, i) => all[i].forEach((record) => write.objectStore(name).put(record)));
    await new Promise((done) => (write.oncomplete = done));
    const written = performance.now() - started;
    db.close();
    return { read, write: written, records: all.reduce((n, rows) => n + rows.length, 0) };
  });
}

const countRecords = (page) =>
  page.evaluate(async () => {
    const factory = (await navigator.storageBuckets.open('rapport-1')).indexedDB;
    const db = await new Promise((done) => (factory.open('rapport').onsuccess = (event) => done(event.target.result)));
    const names = [...db.objectStoreNames].filter((name) => name !== 'meta');
    const tx = db.transaction(names);
    const counts = await Promise.all(names.map((name) => new Promise((done) => (tx.objectStore(name).count().onsuccess = (e) => done(e.target.result)))));
    db.close();
    return counts.reduce((a, b) => a + b, 0);
  });

export async function benchBackup() {
  const extensionPath = resolve('dist/chrome-demo');
  const profile = await mkdtemp(join(tmpdir(), 'rapport-bench-backup-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  context.setDefaultTimeout(300_000);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/src/options/index.html`);
    await page.getByTestId('backup-section').waitFor();
    await seed(page, SIZE);
    const seeded = await countRecords(page);
    const floor = await timeFloors(page);

    let started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-backup').click()]);
    const file = await download.path();
    const exportMs = performance.now() - started;
    const bytes = (await stat(file)).size;

    await page.getByTestId('erase-all-confirm').fill('ERASE');
    await page.getByTestId('erase-all').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="danger-status"]')?.textContent !== '');

    started = performance.now();
    await page.getByTestId('import-backup').setInputFiles(file);
    await page.getByTestId('import-confirm').waitFor();
    const checkMs = performance.now() - started;
    started = performance.now();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    const applyMs = performance.now() - started;
    const restored = await countRecords(page);

    const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
    console.log(`caseload: ${SIZE.clients} clients, ${seeded} records; restored ${restored} ${restored === seeded ? '(all)' : '(MISMATCH)'}`);
    console.log(`${'backup file size'.padEnd(36)} ${(bytes / 1_048_576).toFixed(1).padStart(6)} MB   (${Math.round(bytes / seeded)} bytes/record)`);
    console.log(`${'export (click → file in Downloads)'.padEnd(36)} ${ms(exportMs)}   floor getAll of every store ${ms(floor.read)}   ratio ${(exportMs / floor.read).toFixed(1)}`);
    console.log(`${'import: read, check, plan'.padEnd(36)} ${ms(checkMs)}   floor getAll of every store ${ms(floor.read)}   ratio ${(checkMs / floor.read).toFixed(1)}`);
    console.log(`${'import: apply (one transaction)'.padEnd(36)} ${ms(applyMs)}   floor put every record, one tx ${ms(floor.write)}   ratio ${(applyMs / floor.write).toFixed(1)}`);
    console.log(`${'round trip (export + import)'.padEnd(36)} ${ms(exportMs + checkMs + applyMs)}   floor read + write ${ms(floor.read + floor.write)}   ratio ${((exportMs + checkMs + applyMs) / (floor.read + floor.write)).toFixed(1)}`);
    return restored === seeded;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!(await benchBackup())) process.exitCode = 1;
}
