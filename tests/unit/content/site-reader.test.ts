import { afterEach, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteReader } from '../../../src/content/site-reader';
import { partSlots } from '../../../src/content/parts/scope';
import { extractClientContext } from '../../../src/context/extract';
import { readStructured } from '../../../src/context/generic/structured';
import { carriesStructured } from '../../../src/context/generic/structured-check';

/**
 * The content script loads the structured-data reader only into frames whose page carries such
 * data; every generic fixture reads exactly as with the reader built in, and the part is asked for
 * exactly on the pages that carry some.
 */
const DIR = 'tests/fixtures/generic';
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));
const URL_ = 'https://ehr.example.org/chart';
// Stylesheets are not what is compared, and happy-dom will not load them.
const page = (file: string) => new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8').replace(/<link[^>]*>/g, ''), 'text/html');

afterEach(() => {
  delete partSlots().structured;
});

test.each(pages)('%s: same answer with the structured reader loaded on demand', async (file) => {
  const doc = page(file);
  const loads: string[] = [];
  const read = siteReader(async (id) => {
    loads.push(id);
    if (id === 'structured') partSlots().structured = readStructured;
  });
  const today = '2025-06-01';
  const lazy = await read(doc, URL_, { today });
  expect(lazy).toEqual(await extractClientContext(doc, URL_, { adapters: [], today }));
  expect(loads).toEqual(carriesStructured(doc) ? ['structured'] : []);
});

test('the structured reader finds nothing on pages the check passes over', async () => {
  expect(pages.filter((file) => carriesStructured(page(file))).length).toBeGreaterThan(2);
  const plain = new DOMParser().parseFromString('<script>var x = {name: "Ann Lee"}</script><p>Ann Lee, MRN 123</p>', 'text/html');
  expect(carriesStructured(plain)).toBe(false);
});

test('the part cannot be loaded: no reading rather than one that ignores what the data might say', async () => {
  const doc = page('app-state-next-data.html');
  expect(carriesStructured(doc)).toBe(true);
  expect(await siteReader(() => Promise.reject(new Error('gone')))(doc, URL_, {})).toBeNull();
});
