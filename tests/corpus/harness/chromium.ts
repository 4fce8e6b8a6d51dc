/**
 * Pages as the reader meets them in real Chromium: each page is served at its own URL (a route
 * answers that one request; every other request is refused), then the bundled reader is injected
 * and awaited. One browser and one tab for all pages.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ReadResult } from './happy-dom';
import type { Reading } from './score';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PageSource {
  id: string;
  url: string;
  html: string;
}

const withoutHash = (url: string) => url.split('#')[0] as string;

export class ChromiumReader {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly scriptPath: string,
  ) {}

  /** `scriptPath`: an IIFE bundle of src/context/extract.ts exposing the global `RapportExtract`. */
  static async launch(scriptPath: string): Promise<ChromiumReader> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return new ChromiumReader(browser, page, scriptPath);
  }

  async read(source: PageSource): Promise<ReadResult> {
    const { page } = this;
    try {
      await page.unrouteAll();
      await page.route('**/*', (route) =>
        withoutHash(route.request().url()) === withoutHash(source.url) && route.request().resourceType() === 'document'
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: source.html })
          : route.abort(),
      );
      await page.goto(source.url, { waitUntil: 'load' });
      await page.addScriptTag({ path: this.scriptPath });
      const reading = await page.evaluate(async (url) => {
        const api = (globalThis as unknown as { RapportExtract: { extractClientContext: (d: Document, u: string) => unknown } }).RapportExtract;
        const result = await api.extractClientContext(document, url);
        return result === null || result === undefined ? null : JSON.parse(JSON.stringify(result));
      }, source.url);
      return { reading: reading as Reading };
    } catch (e) {
      return { reading: null, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
    }
  }

  /** Whether `text` is rendered (in `innerText`) on the page last read: generated pages must show their client. */
  async showsText(text: string): Promise<boolean> {
    return this.page.evaluate((t) => document.body.innerText.replace(/\s+/g, ' ').includes(t), text);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
