/**
 * Pages as the reader meets them in real Chromium: each page is served at its own URL (a route
 * answers that one request; every other request is refused), with the bundled reader injected before
 * the page's own scripts, and its answer awaited. One browser and one tab for all pages.
 */
import { readFileSync } from 'node:fs';
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
  /** The page being served: the route answers its document request, and refuses everything else. */
  private current: PageSource | undefined;

  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  /** `scriptPath`: an IIFE bundle of src/context/extract.ts exposing the global `RapportExtract`. */
  static async launch(scriptPath: string): Promise<ChromiumReader> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const reader = new ChromiumReader(browser, page);
    await page.route('**/*', (route) => {
      const source = reader.current;
      const request = route.request();
      return source && request.resourceType() === 'document' && withoutHash(request.url()) === withoutHash(source.url)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: source.html })
        : route.abort();
    });
    // Init scripts run wrapped in a function: the bundle's top-level `var` would not be a global.
    await page.addInitScript({ content: `${readFileSync(scriptPath, 'utf8')}\n;globalThis.RapportExtract = RapportExtract;` });
    return reader;
  }

  async read(source: PageSource): Promise<ReadResult> {
    this.current = source;
    try {
      await this.page.goto(source.url, { waitUntil: 'load' });
      const reading = await this.page.evaluate(async (url) => {
        const api = (globalThis as unknown as { RapportExtract: { extractClientContext: (d: Document, u: string) => unknown } }).RapportExtract;
        const result = await api.extractClientContext(document, url);
        return result === null || result === undefined ? null : JSON.parse(JSON.stringify(result));
      }, source.url);
      return { reading: reading as Reading };
    } catch (e) {
      return { reading: null, error: e instanceof Error ? (e.message.split('\n')[0] as string) : String(e) };
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
