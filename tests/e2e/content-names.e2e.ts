import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleForPage } from '../bench/bundle.mjs';
import { CHROMIUM } from './browser';
import { loadCorpus } from '../corpus/harness/corpus';
import { ehrPageHtml } from '../bench/page.mjs';
import { CONTENT_PROPERTY_NAMES } from '../../scripts/content-names.mjs';

/**
 * The content scripts as the store build ships them (after `npm run build`), whose own property names the
 * build shortens (vite.config.ts, scripts/content-names.mjs): in real Chromium, the built reader part, its lazily
 * loaded parts and the product adapters' scripts read every corpus page as the sources do, and the demo
 * adapter's script reads the bench chart as its sources do. A name shortened in one script and not in the
 * one that lends or borrows it would lose a reading here.
 */
const DIST = 'dist/chrome/src/content';
/** The parts and adapter scripts of one build (each build has its own mapping of the names). */
const scriptsOf = (dist: string) => [...['reader', 'more', 'cued', 'structured'].map((p) => join(dist, 'parts', `${p}.js`)), ...readdirSync(join(dist, 'adapters')).map((f) => join(dist, 'adapters', f))];

type Answer = { source: string | null; built: string | null; adapter: string | null };

let browser: Browser;
const tabs: Record<string, { page: Page; current?: { url: string; html: string } }> = {};

beforeAll(async () => {
  const sources = ((await bundleForPage({ RapportSources: 'tests/e2e/content-names-page.ts' })) as Record<string, string>).RapportSources as string;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  for (const dist of [DIST, 'dist/chrome-demo/src/content']) {
    const tab: (typeof tabs)[string] = { page: await browser.newPage({ viewport: { width: 1280, height: 900 } }) };
    await tab.page.route('**/*', (route) =>
      tab.current && route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: tab.current.html }) : route.abort(),
    );
    await tab.page.addInitScript({ content: `${readFileSync(sources, 'utf8')}\n;globalThis.RapportSources = RapportSources;` });
    for (const script of scriptsOf(dist)) await tab.page.addInitScript({ content: readFileSync(script, 'utf8') });
    tabs[dist] = tab;
  }
});
afterAll(async () => {
  await browser?.close();
});

/** Both readers on the page served at `url`: the sources' extractClientContext, and the built parts as the content script calls them. */
async function answers(url: string, html: string, dist = DIST): Promise<Answer> {
  const tab = tabs[dist] as (typeof tabs)[string];
  tab.current = { url, html };
  await tab.page.goto(url, { waitUntil: 'load' });
  return tab.page.evaluate(async (at) => {
    type Reader = (...args: unknown[]) => Promise<unknown>;
    const g = globalThis as unknown as {
      RapportSources: { extractClientContext: Reader; adapterIdFor: (d: Document, u: string) => string | null };
      __rapportParts: { read: Reader; shapes: unknown; structured: Reader };
      __rapportAdapters: Record<string, unknown>;
    };
    const adapter = g.RapportSources.adapterIdFor(document, at);
    const source = await g.RapportSources.extractClientContext(document, at);
    const parts = g.__rapportParts;
    const shapes = { now: () => parts.shapes, load: async () => parts.shapes };
    const built = await parts.read(document, at, adapter ? (g.__rapportAdapters[adapter] ?? null) : null, { structured: (d: Document, env: unknown) => parts.structured(d, env), shapes }, {});
    return { source: JSON.stringify(source), built: JSON.stringify(built), adapter };
  }, url);
}

test('the build shortens the names it lists, and only in the content scripts', () => {
  const reader = readFileSync(join(DIST, 'parts/reader.js'), 'utf8');
  for (const name of ['slicer', 'ambiguousDates', 'looksLikeShownName']) expect(CONTENT_PROPERTY_NAMES).toContain(name);
  expect(reader).not.toMatch(/\.ambiguousDates\b|\.slicer\b|looksLikeShownName/);
  // The answers' fields and the parts' interface with main.js keep their names.
  expect(reader).toMatch(/\.dischargeActual\b/);
  expect(reader).toMatch(/\.shapes\b/);
});

describe('the built content scripts read as the sources do', () => {
  test('the demo adapter on the bench chart', async () => {
    const got = await answers('http://127.0.0.1:8765/classic/chart/1', ehrPageHtml(), 'dist/chrome-demo/src/content');
    expect(got.adapter).toBe('demo-classic');
    expect(JSON.parse(got.built ?? 'null')).toMatchObject({ source: 'demo-classic', mrn: 'MRN-100234' });
    expect(got.built).toBe(got.source);
  });
  for (const corpusPage of loadCorpus()) {
    test(corpusPage.id, async () => {
      const got = await answers(corpusPage.url, corpusPage.html);
      expect(got.built).toBe(got.source);
    });
  }
});
