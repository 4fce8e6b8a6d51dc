import { afterEach, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteReader } from '../../../src/content/site-reader';
import { partSlots } from '../../../src/content/parts/scope';
import { extractClientContext } from '../../../src/context/extract';
import { readStructured } from '../../../src/context/generic/structured';
import { carriesStructured } from '../../../src/context/generic/structured-check';
import { adapterSlots } from '../../../src/content/adapters/scope';
import { readerFor } from '../../../src/context/adapters/run';
import { ADAPTERS, adapterById } from '../../../src/context/adapters/index';
import { adapterIdsForUrl } from '../../../src/context/adapters/registry';
import { SHAPES } from '../../../src/context/shapes';
import { readClientContext } from '../../../src/context/read';
import type { SiteProfile } from '../../../src/context/types';
import { loadCorpus } from '../../corpus/harness/corpus';
import { generatedSample } from '../../corpus/generator/sample';

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

/** What the background's injection does, in this realm: the part or adapter registers itself. */
function inject(loads: string[]) {
  return async (id: string) => {
    loads.push(id);
    const adapter = adapterById(id);
    if (adapter) adapterSlots()[id] = readerFor(adapter);
    // As parts/reader.ts does: the shape rules come with the reader.
    if (id === 'reader') Object.assign(partSlots(), { read: readClientContext, shapes: SHAPES });
    if (id === 'structured') partSlots().structured = readStructured;
  };
}
const PART_IDS: readonly string[] = ['reader', 'structured'];

afterEach(() => {
  delete partSlots().read;
  delete partSlots().structured;
  delete partSlots().shapes;
  for (const id of Object.keys(adapterSlots())) delete adapterSlots()[id];
});

test.each(pages)('%s: same answer with the structured reader loaded on demand', async (file) => {
  const doc = page(file);
  const loads: string[] = [];
  const read = siteReader(inject(loads), async () => []);
  const today = '2025-06-01';
  const lazy = await read(doc, URL_, { today });
  expect(lazy).toEqual(await extractClientContext(doc, URL_, { adapters: [], today }));
  expect(loads.filter((id) => id === 'structured')).toEqual(carriesStructured(doc) ? ['structured'] : []);
});

test('the structured reader finds nothing on pages the check passes over', async () => {
  expect(pages.filter((file) => carriesStructured(page(file))).length).toBeGreaterThan(2);
  const plain = new DOMParser().parseFromString('<script>var x = {name: "Ann Lee"}</script><p>Ann Lee, MRN 123</p>', 'text/html');
  expect(carriesStructured(plain)).toBe(false);
});

test("UI kits' data-state on menus and tabs is not app state: only the app's root and what sits just under <body> are looked at", () => {
  const state = JSON.stringify({ patient: { name: 'Ann Lee' } }).replace(/"/g, '&quot;');
  const kit = new DOMParser().parseFromString(`<div id="app"><nav><ul>${'<li><button data-state="closed">Menu</button></li>'.repeat(50)}</ul></nav></div>`, 'text/html');
  expect(carriesStructured(kit)).toBe(false);
  const root = new DOMParser().parseFromString(`<main><div id="app" data-page="${state}"></div></main>`, 'text/html');
  expect(carriesStructured(root)).toBe(true);
});

/**
 * The reader and the rules that read by shape (banner lines, document summaries, the name beside the
 * record, tables of people) arrive as one part, only where the pre-check lets them: every page of the
 * corpus and a generated sample reads exactly as with them built in.
 */
const corpus = [...loadCorpus(), ...generatedSample(8)];

test('every corpus page and generated page: same answer with the reader and the shape rules loaded on demand', async () => {
  let loaded = 0;
  for (const page of corpus) {
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    const loads: string[] = [];
    const lazy = await siteReader(inject(loads), async () => [])(doc, page.url, {});
    expect(lazy, page.id).toEqual(await extractClientContext(doc, page.url, { adapters: [] }));
    if (loads.includes('reader')) loaded++;
    delete partSlots().shapes;
    delete partSlots().read;
  }
  // Pages that show no client (the negatives, lists, logins) stay at the small stage.
  expect(loaded).toBeLessThan(corpus.length);
  // Two hundred pages read twice each: seconds on a shared machine.
}, 60_000);

test('the reader part cannot be loaded: no reading', async () => {
  const doc = page('inline-labels.html');
  const fails = (id: string) => (id === 'reader' ? Promise.reject(new Error('gone')) : inject([])(id));
  expect(await siteReader(fails, async () => [])(doc, URL_, { today: '2025-06-01' })).toBeNull();
  expect(await extractClientContext(doc, URL_, { adapters: [], today: '2025-06-01' })).not.toBeNull();
});

test('a taught page loads the reader whatever the pre-check says', async () => {
  const doc = new DOMParser().parseFromString('<div class="who">Ann Lee</div>', 'text/html');
  const loads: string[] = [];
  const profile: SiteProfile = { origin: 'https://ehr.example.org', selectors: { name: '.who' } };
  const taught = await siteReader(inject(loads), async () => [])(doc, URL_, { profile });
  expect(loads).toEqual(['reader']);
  expect(taught?.name).toBe('Ann Lee');
  expect(taught).toEqual(await extractClientContext(doc, URL_, { profile, adapters: [] }));
  delete partSlots().read;
  const plain: string[] = [];
  expect(await siteReader(inject(plain), async () => [])(doc, URL_, {})).toBeNull();
  expect(plain).toEqual([]);
});

test('the part cannot be loaded: no reading rather than one that ignores what the data might say', async () => {
  const doc = page('app-state-next-data.html');
  expect(carriesStructured(doc)).toBe(true);
  const fails = (id: string) => (id === 'structured' ? Promise.reject(new Error('gone')) : inject([])(id));
  expect(await siteReader(fails, async () => [])(doc, URL_, {})).toBeNull();
  expect(await extractClientContext(doc, URL_, { adapters: [] })).not.toBeNull();
});

/**
 * The background names the adapters whose site serves the frame's URL; the frame loads the one
 * whose marker its page shows: every adapter fixture reads exactly as with all adapters built in.
 */
const ADAPTER_DIR = 'tests/fixtures';
const adapterPages = ADAPTERS.flatMap((a) =>
  readdirSync(join(ADAPTER_DIR, a.id))
    .filter((f) => f.endsWith('.html'))
    .map((f) => [a.id, f] as const),
);

test.each(adapterPages)('%s/%s: same answer with the URL matched in the background', async (folder, file) => {
  const html = readFileSync(join(ADAPTER_DIR, folder, file), 'utf8').replace(/<link[^>]*>/g, '');
  const { url, today } = JSON.parse(readFileSync(join(ADAPTER_DIR, folder, file.replace(/\.html$/, '.json')), 'utf8')) as { url: string; today?: string };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const loads: string[] = [];
  const read = siteReader(inject(loads), async (asked) => adapterIdsForUrl(asked));
  const options = { today: today ?? '2025-06-01' };
  expect(await read(doc, url, options)).toEqual(await extractClientContext(doc, url, { adapters: ADAPTERS, today: options.today }));
  const expected = adapterIdsForUrl(url).filter((id) => doc.querySelector(adapterById(id)!.marker));
  expect(loads.filter((id) => !PART_IDS.includes(id))).toEqual(expected.slice(0, 1));
});

test('an adapter the background did not name is never loaded, whatever the page shows', async () => {
  const doc = new DOMParser().parseFromString('<div id="attendantData"><a class="ptName">Ann Lee</a></div>', 'text/html');
  const loads: string[] = [];
  const read = (candidates: string[]) => siteReader(async (id) => void (!PART_IDS.includes(id) && loads.push(id)), async () => candidates);
  await read([])(doc, 'https://ehr.example.org/interface/main/tabs/main.php', {});
  await read(['unknown', 'hubspot'])(doc, 'https://ehr.example.org/interface/main/tabs/main.php', {});
  expect(loads).toEqual([]);
  await read(['hubspot', 'openemr'])(doc, 'https://ehr.example.org/interface/main/tabs/main.php', {});
  expect(loads).toEqual(['openemr']);
});

test('the background matches URLs with the registry, in its order', () => {
  expect(adapterIdsForUrl('https://ehr.example.org/openemr/interface/main/tabs/main.php')).toEqual(['openemr']);
  expect(adapterIdsForUrl('https://evil.example.com/lightning/r/Account/001Dn00000XyZaBIAV/view')).toEqual([]);
  expect(adapterIdsForUrl('not a url')).toEqual([]);
  expect(adapterIdsForUrl(undefined)).toEqual([]);
});
