import { afterEach, expect, test } from 'vitest';
import { partSlots } from '../../../src/content/parts/scope';
import { MORE_SHAPES } from '../../../src/context/more-shapes';
import { CUED_SHAPES } from '../../../src/context/cued-shapes';
import { SHAPES, type Shapes } from '../../../src/context/shapes';
import { readClientContext } from '../../../src/context/read';
import { readStructured } from '../../../src/context/generic/structured';
import { ADAPTERS } from '../../../src/context/adapters/index';
import { readerFor } from '../../../src/context/adapters/run';
import { adapterFor } from '../../../src/context/adapters/match';
import { carriesStructured } from '../../../src/context/generic/structured-check';
import { loadCorpus } from '../../corpus/harness/corpus';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * The reader part carries the shape rules most frames need; the rest (more-shapes.ts) arrive as a
 * part of their own on first need, asked for through the loader the content script's main sets.
 */
afterEach(() => {
  delete partSlots().more;
  delete partSlots().load;
});

const readerShapes = async (): Promise<Shapes> => {
  await import('../../../src/content/parts/reader');
  return partSlots().shapes as Shapes;
};

// Tests reading every tuning page take ~2 s on an idle machine and took over the default 20 s under load 9.
const WHOLE_CORPUS_MS = 120_000;

test('the rarer rules are not there until asked for; a load that fails reads nothing rather than guess', async () => {
  const shapes = await readerShapes();
  expect(shapes.more.now()).toBeUndefined();
  const asked: string[] = [];
  partSlots().load = async (id) => void asked.push(id);
  await expect(shapes.more.load()).rejects.toThrow('shape rules unavailable');
  partSlots().load = () => Promise.reject(new Error('worker gone'));
  await expect(shapes.more.load()).rejects.toThrow('shape rules unavailable');
  expect(asked).toEqual(['more']);
});

test('the rarer rules are loaded once, by the part registering itself', async () => {
  const shapes = await readerShapes();
  const asked: string[] = [];
  partSlots().load = async (id) => {
    asked.push(id);
    partSlots().more = MORE_SHAPES;
  };
  expect(await shapes.more.load()).toBe(MORE_SHAPES);
  expect(await shapes.more.load()).toBe(MORE_SHAPES);
  expect(shapes.more.now()).toBe(MORE_SHAPES);
  expect(asked).toEqual(['more']);
});

test('tuning corpus: a frame showing a client, read by the generic reader from what it shows, rarely asks for the rarer rules', async () => {
  const pages = loadCorpus().filter((p) => p.split === 'tuning');
  const asking: string[] = [];
  const plain: string[] = [];
  for (const page of pages) {
    let asked = false;
    const shapes: Shapes = { ...SHAPES, more: { now: () => (asked ? MORE_SHAPES : undefined), load: async () => ((asked = true), MORE_SHAPES) } };
    await readInHappyDom(page.html, page.url, (doc, url) => {
      const adapter = adapterFor(doc, url, ADAPTERS);
      if (!adapter && !carriesStructured(doc) && page.expected !== null) plain.push(page.id);
      const parts = { structured: readStructured, shapes: { now: () => shapes, load: async () => shapes } };
      return readClientContext(doc, url, adapter && readerFor(adapter), parts, { today: '2026-03-10' });
    });
    if (asked) asking.push(page.id);
  }
  // Adapter and structured-data frames weigh two readings, a page without a banner looks for a list of people.
  const plainAsking = asking.filter((id) => plain.includes(id));
  expect(asking.length).toBeGreaterThan(plainAsking.length);
  expect(plainAsking.length, plainAsking.join(', ')).toBeLessThan(plain.length / 5);
}, WHOLE_CORPUS_MS);

test('tuning corpus: a reading whose rules arrive on first need (a scan stopped and taken again) equals one with every rule built in', async () => {
  const pages = loadCorpus().filter((p) => p.split === 'tuning');
  const loads: string[] = [];
  for (const page of pages) {
    const read = async (lazy: boolean) => {
      const loaded = new Set<string>();
      const part = <T>(id: string, rules: T) => ({
        now: () => (!lazy || loaded.has(id) ? rules : undefined),
        load: async () => {
          if (lazy && !loaded.has(id)) loads.push(`${page.id} ${id}`);
          loaded.add(id);
          return rules;
        },
      });
      const shapes = { ...SHAPES, more: part('more', MORE_SHAPES), cued: part('cued', CUED_SHAPES) };
      const { reading } = await readInHappyDom(page.html, page.url, (doc, url) => {
        const adapter = adapterFor(doc, url, ADAPTERS);
        return readClientContext(doc, url, adapter && readerFor(adapter), { structured: readStructured, shapes: part('shapes', shapes) }, { today: '2026-03-10' });
      });
      return reading;
    };
    expect(await read(true), page.id).toEqual(await read(false));
  }
  // Every part was asked for mid-read somewhere, so the stopped scans were taken again.
  expect(new Set(loads.map((l) => l.split(' ')[1]))).toEqual(new Set(['shapes', 'more', 'cued']));
}, WHOLE_CORPUS_MS);
