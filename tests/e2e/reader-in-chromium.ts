import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleForPage } from '../bench/bundle.mjs';
import { CHROMIUM } from './browser';
import { addScripts } from './page-scripts';

/** One stylesheet class per way of hiding (h0, h1, …), as a page's own stylesheet hides things. */
export function hidingClasses(hiding: Record<string, string>): { style: string; classes: (readonly [string, string])[] } {
  return {
    style: Object.values(hiding).map((css, i) => `.h${i} { ${css} }`).join('\n'),
    classes: Object.keys(hiding).map((how, i) => [how, `h${i}`] as const),
  };
}

/**
 * The page reader (src/context/extract.ts, bundled) in real Chromium, where layout decides what a
 * user sees: one browser for the calling file, each reading on a page of the given markup at `url`.
 */
export function readerInChromium<R>(): (html: string, url: string) => Promise<R> {
  let browser: Browser | undefined;
  let page: Page;
  let script: string;
  beforeAll(async () => {
    script = ((await bundleForPage({ RapportExtract: 'src/context/extract.ts' })) as Record<string, string>).RapportExtract as string;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (html, url) => {
    await page.setContent(html);
    await addScripts(page, [script]);
    return page.evaluate((at) => (globalThis as unknown as { RapportExtract: { extractClientContext: (d: Document, u: string) => Promise<R> } }).RapportExtract.extractClientContext(document, at), url);
  };
}
