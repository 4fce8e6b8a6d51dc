import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { bundleForPage } from '../bench/bundle.mjs';
import { pageOnSharedChromium } from './plain-chromium';
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
 * user sees: one browser context for the calling file (plain-chromium.ts), each reading on a page of
 * the given markup at `url`.
 */
export function readerInChromium<R>(): (html: string, url: string) => Promise<R> {
  let page: Page;
  let script: string;
  beforeAll(async () => {
    script = ((await bundleForPage({ RapportExtract: 'src/context/extract.ts' })) as Record<string, string>).RapportExtract as string;
    page = await pageOnSharedChromium({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await page?.context().close();
  });
  return async (html, url) => {
    await page.setContent(html);
    await addScripts(page, [script]);
    return page.evaluate((at) => (globalThis as unknown as { RapportExtract: { extractClientContext: (d: Document, u: string) => Promise<R> } }).RapportExtract.extractClientContext(document, at), url);
  };
}
