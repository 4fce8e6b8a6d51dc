import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleForPage } from '../bench/bundle.mjs';
import { ChromiumReader } from '../corpus/harness/chromium';
import { loadCorpus } from '../corpus/harness/corpus';
import { scorePage } from '../corpus/harness/score';
import { generatedSample } from '../corpus/generator/sample';

/**
 * The hand-written corpus and a sample of generated pages in real Chromium (real layout, so
 * CSS-hidden and off-screen patients are really hidden): never a wrong client. One browser, all pages.
 */
const pages = loadCorpus();
const generated = generatedSample(Number(process.env.CORPUS_E2E_GENERATED ?? 4));
let reader: ChromiumReader;

beforeAll(async () => {
  const bundles = (await bundleForPage({ RapportExtract: 'src/context/extract.ts' })) as Record<string, string>;
  reader = await ChromiumReader.launch(bundles.RapportExtract as string);
});
afterAll(async () => {
  await reader?.close();
});

describe('the corpus in Chromium: never a wrong client', () => {
  for (const page of pages) {
    test(page.id, async () => {
      const { reading, error } = await reader.read(page);
      expect(error, 'the page did not load or the reader threw').toBeUndefined();
      expect(scorePage(page, reading).reasons, `${page.id} read someone else`).toEqual([]);
    });
  }
});

describe('generated pages in Chromium: the generated client or null', () => {
  for (const page of generated) {
    test(page.id, async () => {
      const { reading, error } = await reader.read(page);
      expect(error, 'the page did not load or the reader threw').toBeUndefined();
      // The generator's own promise: the page really shows its client to a person.
      expect(await reader.showsText(page.visibleName), `${page.id} does not show ${page.visibleName}`).toBe(true);
      expect(scorePage(page, reading).reasons, `${page.id} read someone else`).toEqual([]);
    });
  }
});
