import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';

/**
 * Setting a passphrase must leave no earlier plaintext in the browser's database files: values
 * overwritten in place stay on disk until the storage engine compacts them. A distinctive client
 * (name, MRN) and note are written, the browser is closed, and the bytes of the extension's
 * IndexedDB folder are searched; then again after a passphrase is set.
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
      return (await stat(path)).isDirectory() ? filesUnder(path) : [path];
    }),
  );
  return nested.flat();
}

/** Each secret some file of the extension's IndexedDB folders holds (in one-byte or two-byte text), with that file. */
async function secretsOnDisk(): Promise<string[]> {
  const root = join(profileDir, 'Default', 'IndexedDB');
  const ours = (await readdir(root)).filter((name) => name.startsWith(`chrome-extension_${extensionId}_`));
  expect(ours.length).toBeGreaterThan(0);
  const files = (await Promise.all(ours.map((name) => filesUnder(join(root, name))))).flat();
  const contents = await Promise.all(files.map(async (file) => ({ file: file.slice(root.length + 1), bytes: await readFile(file).catch(() => Buffer.alloc(0)) })));
  const holds = (bytes: Buffer, secret: string) => bytes.includes(Buffer.from(secret, 'latin1')) || bytes.includes(Buffer.from(secret, 'utf16le'));
  return SECRETS.flatMap((secret) => contents.filter(({ bytes }) => holds(bytes, secret)).map(({ file }) => `${secret} in ${file}`));
}

/**
 * The storage engine's own account of this and the last browser's run (LevelDB's LOG and LOG.old: every memtable
 * flush, with the level it went to, and every compaction): where plaintext is left, it tells which compaction
 * missed it. Per-run files only, never the data.
 */
async function engineLogs(): Promise<string> {
  const root = join(profileDir, 'Default', 'IndexedDB');
  const ours = (await readdir(root)).filter((name) => name.startsWith(`chrome-extension_${extensionId}_`) && name.endsWith('.leveldb'));
  const logs = await Promise.all(ours.flatMap((name) => ['LOG.old', 'LOG'].map(async (file) => `${file}:\n${await readFile(join(root, name, file), 'utf8').catch(() => '(none)')}`)));
  return logs.join('\n');
}

/** What is still on disk once it is all gone or `ms` have passed. */
async function secretsStillOnDiskAfter(ms: number): Promise<string[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await secretsOnDisk();
    if (found.length === 0 || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
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
    // The search can fail: in the clear, all three are in the files.
    expect(new Set((await secretsOnDisk()).map((found) => found.split(' in ')[0]))).toEqual(new Set(SECRETS));

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
    // Chromium deletes a database's rows and compacts their files in a cleanup task after the deletion
    // has committed, so the old plaintext can outlive the success event by a moment (seconds at high
    // load; once, at rest, the task had not run 30 s after, and once, in a loaded CI run, not 60 s
    // after). A browser closed before the task ends resumes it at its next start. So the files are
    // searched while this browser runs, and where the plaintext is still there, while the next one
    // runs; a copy that is never removed fails there, naming the file.
    const leftWhileRunning = await secretsStillOnDiskAfter(60_000);
    await closeBrowser();

    // And the data is all there, sealed: unlocked, the panel shows the client and the note.
    const third = await launch();
    if (leftWhileRunning.length > 0) {
      const left = await secretsStillOnDiskAfter(60_000);
      expect(left, `plaintext left after sealing, 60 s into the next browser too; the engine's logs:\n${await engineLogs()}`).toEqual([]);
    }
    const again = await third.openTab(demo.page(`/classic/chart/${samuel.id}`));
    const locked = await third.openPanel(again.tabId);
    // A browser just started on a sealed profile: its first panel may take a while on a busy machine.
    await locked.getByTestId('unlock-passphrase').waitFor({ timeout: 20_000 });
    await locked.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await locked.getByTestId('unlock-submit').click();
    await expect.poll(() => locked.locator('body').innerText(), { timeout: 15_000 }).toContain(NOTE);
    await closeBrowser();
    const left = await secretsOnDisk();
    expect(left, left.length ? `the engine's logs:\n${await engineLogs()}` : '').toEqual([]);
    // Three browser starts and up to 165 s of waits above: the suite's 60 s is not enough on a busy
    // machine (64 s measured at load average 26 on two cores, where it timed out twice).
  }, 240_000);
});
