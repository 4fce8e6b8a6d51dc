import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM } from './browser';

let shared: Promise<Browser> | undefined;

/**
 * A page in a browser context of its own (fresh cookies, storage, cache and routes) on the worker
 * process's one plain Chromium, without the extension: the files that only inject a page bundle and
 * read (cda-xhtml, fixtures, reader-in-chromium's) share it instead of launching one each, which
 * cost about 2 CPU-s a file. The main e2e group runs file after file in one process
 * (vitest.e2e.config.ts, isolate: false), so the next file finds it running. Nothing closes it:
 * Playwright ends its browsers when the worker process exits. The caller closes `page.context()`.
 */
export async function pageOnSharedChromium(options: BrowserContextOptions = {}): Promise<Page> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const browser = await shared;
  if (!browser.isConnected()) {
    shared = undefined;
    return pageOnSharedChromium(options);
  }
  return (await browser.newContext(options)).newPage();
}
