import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForPage } from '../bench/bundle.mjs';
import { pageOnSharedChromium } from './plain-chromium';
import { addScripts } from './page-scripts';

/**
 * Every fixture page in real Chromium, where hidden elements have real layout (CSS-hidden console
 * tabs, class-hidden overlays): the extractor is bundled on its own and injected into each page,
 * so neither the build nor the extension is needed.
 */
const FIXTURES = resolve('tests/fixtures');
const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'src').map((d) => d.name);
const cases = folders.flatMap((folder) =>
  readdirSync(join(FIXTURES, folder)).filter((f) => f.endsWith('.html')).map((f) => ({ folder, name: f.slice(0, -5) })),
);

let page: Page;
let script: string;

beforeAll(async () => {
  const bundles = (await bundleForPage({ RapportExtract: 'src/context/extract.ts' })) as Record<string, string>;
  script = bundles.RapportExtract as string;
  page = await pageOnSharedChromium();
  // Fixture pages point at stylesheets and scripts that do not exist here.
  await page.route('**/*', (route) => route.abort());
});
afterAll(async () => {
  await page?.context().close();
});

interface Fixture {
  url: string;
  dateOrder?: string;
  today?: string;
  expected: Record<string, unknown> | null;
}

async function extract(folder: string, name: string, adapters: boolean) {
  const html = readFileSync(join(FIXTURES, folder, `${name}.html`), 'utf8');
  const fixture = JSON.parse(readFileSync(join(FIXTURES, folder, `${name}.json`), 'utf8')) as Fixture;
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await addScripts(page, [script]);
  const result = await page.evaluate(
    ({ url, dateOrder, today, adapters }) => {
      const api = (globalThis as unknown as { RapportExtract: { extractClientContext: (d: Document, u: string, o: object) => Promise<Record<string, unknown> | null> } }).RapportExtract;
      const options: Record<string, unknown> = {};
      if (dateOrder) options.dateOrder = dateOrder;
      if (today) options.today = today;
      if (!adapters) options.adapters = [];
      return api.extractClientContext(document, url, options);
    },
    { url: fixture.url, dateOrder: fixture.dateOrder, today: fixture.today, adapters },
  );
  return { fixture, result };
}

describe('fixtures in real Chromium', () => {
  test('found the fixtures', () => {
    expect(cases.length).toBeGreaterThan(30);
  });
  for (const { folder, name } of cases) {
    test(`${folder}/${name}`, async () => {
      const { fixture, result } = await extract(folder, name, true);
      if (fixture.expected === null) {
        expect(result).toBeNull();
        return;
      }
      expect(result).not.toBeNull();
      const { confidence, provenance, ...rest } = result as Record<string, unknown>;
      expect(rest).toEqual(fixture.expected);
      expect(confidence as number).toBeGreaterThanOrEqual(0.5);
      expect(provenance).toBeTruthy();
    });
    test(`${folder}/${name}, generic reader alone: right client or null`, async () => {
      const { fixture, result } = await extract(folder, name, false);
      if (result === null) return;
      expect(fixture.expected).not.toBeNull();
      expect(result.name).toBe(fixture.expected!.name);
      for (const f of ['mrn', 'dob']) if (result[f] !== undefined && fixture.expected![f] !== undefined) expect(result[f]).toBe(fixture.expected![f]);
    });
  }
});
