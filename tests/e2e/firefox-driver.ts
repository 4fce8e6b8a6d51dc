import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'rapport@rapport.care';
/** Fixed so moz-extension:// addresses are known before the add-on is installed. */
const EXTENSION_UUID = '5a0c6f3e-2b7d-4c1e-9f0a-7d3b1e6c2a40';

export interface FirefoxWithExtension {
  browser: Browser;
  origin: string;
  /** Opens an extension page in a new tab and waits until its document has loaded. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** TOOLCHAIN.md recipe: Debian's firefox-esr over WebDriver BiDi, the build as a temporary add-on. */
export async function launchFirefox(dist: string): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox refuses to open moz-extension:// pages for the driver.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(resolve(dist));
  const origin = `moz-extension://${EXTENSION_UUID}`;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    // page.goto never sees a moz-extension:// load finish: navigate without waiting, then poll.
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    const connection = (browser as unknown as { connection: { send: (method: string, params: object) => Promise<unknown> } }).connection;
    await connection.send('browsingContext.navigate', { context, url: `${origin}/${path}`, wait: 'none' });
    // page.url() keeps saying about:blank here: ask the document itself.
    const loaded = () => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    await until(async () => (await loaded()).startsWith(origin));
    return page;
  }

  return { browser, origin, openExtensionPage, close: () => browser.close() };
}

export async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}
