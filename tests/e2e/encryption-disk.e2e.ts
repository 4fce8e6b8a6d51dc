import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';

/**
 * Setting a passphrase must leave no earlier plaintext in the browser's database files: values
 * overwritten or deleted stay on disk until the storage engine compacts them (src/store/generations.ts).
 * A distinctive client (name, MRN) and note are written, the browser is closed, and the bytes of
 * every folder that can hold the extension's records are searched; then again right after a
 * passphrase is set, and once more after the next browser unlocked and read them.
 */
const PASSPHRASE = 'a long and honest passphrase';
const NOTE = 'Zanzibar marmalade at breakfast, insists on the blue mug';
const samuel = makePatients().find((patient) => patient.mrn === 'MRN-101189')!;
const SECRETS = ['Okonkwo-Adeyemi', 'MRN-101189', 'Zanzibar marmalade'];

let demo: DemoServer;
let profileDir: string;
let browser: ExtensionBrowser | undefined;
let extensionId = '';

beforeAll(async () => {
  demo = await startDemoServer();
  profileDir = await mkdtemp(join(tmpdir(), 'rapport-e2e-disk-'));
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await rm(profileDir, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const nested = await Promise.all(
    entries.map(async (name) => {
      const path = join(dir, name);
      // The browser runs: a file can go between the listing and this look.
      const info = await stat(path).catch(() => undefined);
      return info?.isDirectory() ? filesUnder(path) : info ? [path] : [];
    }),
  );
  return nested.flat();
}

/**
 * Every folder that can hold the extension's records: its folders in the default IndexedDB (where
 * earlier versions kept them) and every Storage Bucket's (Default/WebStorage/<n>/: where they are
 * now). Only the extension and the demo EHR page, which makes no buckets, run in this profile.
 * Caches and history, which hold the demo page's own text, are not searched.
 */
async function recordFolders(): Promise<string[]> {
  const indexedDb = join(profileDir, 'Default', 'IndexedDB');
  const ours = (await readdir(indexedDb).catch(() => [] as string[])).filter((name) => name.startsWith(`chrome-extension_${extensionId}_`));
  return [...ours.map((name) => join(indexedDb, name)), join(profileDir, 'Default', 'WebStorage')];
}

/** Each secret some file of those folders holds (in one-byte or two-byte text), with that file. */
async function secretsOnDisk(): Promise<string[]> {
  const files = (await Promise.all((await recordFolders()).map(filesUnder))).flat();
  const contents = await Promise.all(files.map(async (file) => ({ file: file.slice(profileDir.length + 1), bytes: await readFile(file).catch(() => Buffer.alloc(0)) })));
  const holds = (bytes: Buffer, secret: string) => bytes.includes(Buffer.from(secret, 'latin1')) || bytes.includes(Buffer.from(secret, 'utf16le'));
  return SECRETS.flatMap((secret) => contents.filter(({ bytes }) => holds(bytes, secret)).map(({ file }) => `${secret} in ${file}`));
}

async function launch(): Promise<ExtensionBrowser> {
  browser = await launchWithExtension('dist/chrome-demo', { profileDir });
  extensionId = browser.extensionId;
  return browser;
}

async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

describe('setting a passphrase leaves no plaintext in the browser\'s database files', () => {
  test('the client\'s name, MRN and note are on disk before, and nowhere after', async () => {
    const first = await launch();
    const { tabId } = await first.openTab(demo.page(`/classic/chart/${samuel.id}`));
    const panel = await first.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null), { timeout: 10_000 }).toContain('Okonkwo-Adeyemi');
    await addToCaseload(panel);
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('contact-note').fill(NOTE);
    await panel.getByTestId('log-contact-save').click();
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
    await closeBrowser();
    // The search can fail: in the clear, all three are in the files, those of a Storage Bucket.
    const before = await secretsOnDisk();
    expect(new Set(before.map((found) => found.split(' in ')[0]))).toEqual(new Set(SECRETS));
    expect(before.filter((found) => !found.includes(join('Default', 'WebStorage')))).toEqual([]);

    const second = await launch();
    const options = await second.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.getByTestId('encryption-new').fill(PASSPHRASE);
    await options.getByTestId('encryption-repeat').fill(PASSPHRASE);
    // Enter submits the form where a click could land beside the button: sections above it still grow
    // as their content loads (the button itself is clicked in encryption.e2e.ts).
    await options.getByTestId('encryption-repeat').press('Enter');
    await expect
      .poll(async () => `${await options.getByTestId('encryption-done').textContent().catch(() => '')}${await options.locator('[role=alert]').allTextContents()}`, { timeout: 30_000 })
      .toContain('now encrypted');
    // The plaintext was in the old bucket's folder, which its deletion removed before the page heard
    // of its success: searched at once, with this browser still running.
    expect(await secretsOnDisk()).toEqual([]);
    await closeBrowser();

    // And the data is all there, sealed: unlocked, the panel shows the client and the note.
    const third = await launch();
    const again = await third.openTab(demo.page(`/classic/chart/${samuel.id}`));
    const locked = await third.openPanel(again.tabId);
    // A browser just started on a sealed profile: its first panel may take a while on a busy machine.
    await locked.getByTestId('unlock-passphrase').waitFor({ timeout: 20_000 });
    await locked.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await locked.getByTestId('unlock-submit').click();
    await expect.poll(() => locked.locator('body').innerText(), { timeout: 15_000 }).toContain(NOTE);
    await closeBrowser();
    expect(await secretsOnDisk()).toEqual([]);
    // Three browser starts: the suite's 60 s is not enough on a busy machine.
  }, 120_000);
});
