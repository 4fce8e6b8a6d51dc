import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { bundleForPage } from '../bench/bundle.mjs';
import { CHROMIUM } from '../corpus/harness/chromium';
import { loadCorpus } from '../corpus/harness/corpus';
import { scorePage, type Reading } from '../corpus/harness/score';
import { generatedSample } from '../corpus/generator/sample';
import { changePage, equivalenceCases, type EquivalenceCase } from '../corpus/harness/snapshot';
import { RAW_CDA } from './raw-cda';

/**
 * Corpus pages, fixtures and a generated sample in real Chromium, where layout hides what CSS hides
 * (CSS-hidden and off-screen patients are really hidden). Each page is parsed by Chromium into a
 * tab's standing document (write) with the reader already in the tab, and loaded once for two checks:
 * - the corpus and the generated sample, read as loaded: never a wrong client (a generated page
 *   also really shows its client to a person);
 * - the reader split (docs/reader-split.md): each page read live, and read through its mirror (the
 *   frame's sender on the live page, the mirror in a windowless document as in the extension's own
 *   page, every layout verdict the rules ask for answered by the live page's checker, in rounds);
 *   then the page is changed (changePage) and both are read again, the mirror by deltas. The
 *   readings must be the same. Held-out pages are counted, never listed.
 */
const corpusPages = loadCorpus();
const corpusGenerated = generatedSample(Number(process.env.CORPUS_E2E_GENERATED ?? 4));
const cases = equivalenceCases(Number(process.env.SNAPSHOT_GENERATED ?? 4));
/**
 * Each browser context has a renderer process of its own: the pages are read on two, one per core,
 * while the file runs alone (vitest.e2e.config.ts). Two tabs of one context shared a renderer and
 * read no faster (f88bf12).
 */
const RENDERERS = 2;
let browser: Browser;
/** The tests after the page cases, one at a time, on a tab of their own. */
let page: Page;
let bundle: string;
const served = new Map<Page, { url: string; body: string; type: string }>();
const withoutHash = (url: string) => url.split('#')[0] as string;
/** Each tab's DevTools session: it navigates the tab (open). */
const sessions = new Map<Page, CDPSession>();

async function newTab(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  sessions.set(tab, await context.newCDPSession(tab));
  await tab.route('**/*', (route) => {
    const request = route.request();
    const current = served.get(tab);
    return current && request.resourceType() === 'document' && withoutHash(request.url()) === withoutHash(current.url)
      ? route.fulfill({ status: 200, contentType: current.type, body: current.body })
      : route.abort();
  });
  // Init scripts run wrapped in a function: the bundle's top-level `var` would not be a global.
  await tab.addInitScript({ content: `${bundle}\n;globalThis.RapportSplit = RapportSplit;` });
  return tab;
}

const freeTabs: Page[] = [];
beforeAll(async () => {
  const bundles = (await bundleForPage({ RapportSplit: 'tests/e2e/snapshot-page.ts' })) as Record<string, string>;
  bundle = readFileSync(bundles.RapportSplit as string, 'utf8');
  // Nearly every page is on a site of its own: with site isolation each navigation started a new
  // renderer (snapshot.e2e alone 188 s -> 74 s at rest without it). What a page shows and how it is
  // read do not depend on which process draws it; three renderers keep one per tab.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-site-isolation-trials', `--renderer-process-limit=${RENDERERS + 1}`],
  });
  page = await newTab();
  for (let i = 0; i < RENDERERS; i++) freeTabs.push(await newTab());
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `use` on a free tab, waiting for one when all are busy. */
const waiting: ((tab: Page) => void)[] = [];
async function withTab<T>(use: (tab: Page) => Promise<T>): Promise<T> {
  const tab = freeTabs.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await use(tab);
  } finally {
    const next = waiting.shift();
    if (next) next(tab);
    else freeTabs.push(tab);
  }
}

type Fields = Record<string, unknown> | null;
type Both = { live: Fields; mirrored: Fields; rounds: number; whole: boolean; mirrorType?: string; mirrorUrl?: string };

/** Opens the page served at `url` in `tab`; then `read()` reads it both ways, in the page (the mirror kept between reads). */
async function open(c: Pick<EquivalenceCase, 'url' | 'html'>, type = 'text/html; charset=utf-8', tab = page) {
  served.set(tab, { url: c.url, body: c.html, type });
  // As a link followed, not an address typed (page.goto): a typed address on another site starts a new browsing
  // instance, so each page cost a renderer process started and one ended; the tab keeps its renderer instead
  // (snapshot.e2e alone, 3 runs each at load 10-17: 184 CPU-s on average -> 164).
  const failed = tab.waitForNavigation({ waitUntil: 'load' }).then(() => undefined, (error: unknown) => error);
  const { errorText } = await (sessions.get(tab) as CDPSession).send('Page.navigate', { url: c.url, transitionType: 'link' });
  if (errorText) throw new Error(`${errorText} at ${c.url}`);
  const failure = await failed;
  if (failure) throw failure;
}

function read(c: Pick<EquivalenceCase, 'url' | 'options'>, tab = page): Promise<Both> {
  return tab.evaluate(
    async ({ url, optionsJson }) => {
      const options: unknown = JSON.parse(optionsJson);
      type Part = { whole?: object; round: number; seq: number; gen: number };
      type Verdicts = Map<number, boolean | string>;
      type MirrorDoc = { doc: Document; seq: number; gen: number; apply(p: Part): void };
      type Api = {
        extractClientContext: (d: Document, u: string, o: unknown) => Promise<unknown>;
        MirrorSender: new (d: Document) => { begin(): Promise<Part> };
        Mirror: new (p: Part, impl: DOMImplementation) => MirrorDoc;
        withOracle: (m: MirrorDoc, v: Verdicts, round: number, read: (d: Document) => Promise<unknown>) => Promise<object>;
        takeVerdicts: (v: Verdicts, part: Part) => void;
        readInRounds: (s: unknown, first: Part, send: (p: Part) => Promise<object>) => Promise<{ context?: unknown } | null>;
      };
      const api = (globalThis as unknown as { RapportSplit: Api }).RapportSplit;
      const state = globalThis as unknown as { mirrorSender?: InstanceType<Api['MirrorSender']>; mirror?: MirrorDoc; verdicts?: Verdicts };
      const plain = (v: unknown) => (v === null || v === undefined ? null : JSON.parse(JSON.stringify(v)));
      const live = plain(await api.extractClientContext(document, url, options));
      state.mirrorSender ??= new api.MirrorSender(document);
      const verdicts = (state.verdicts ??= new Map());
      let rounds = 0;
      let whole = false;
      const answer = await api.readInRounds(state.mirrorSender, await state.mirrorSender.begin(), async (raw) => {
        rounds++;
        const part = JSON.parse(JSON.stringify(raw)) as Part;
        if (part.whole) {
          whole = true;
          state.mirror = new api.Mirror(part, document.implementation);
        }
        const mirror = state.mirror as MirrorDoc;
        if (mirror.gen !== part.gen || mirror.seq + 1 !== part.seq) return { resend: true };
        mirror.seq = part.seq;
        mirror.apply(part);
        api.takeVerdicts(verdicts, part);
        return api.withOracle(mirror, verdicts, part.round, (d) => api.extractClientContext(d, url, options) as Promise<never>);
      });
      return { live, mirrored: plain(answer?.context), rounds, whole, mirrorType: state.mirror?.doc.contentType, mirrorUrl: state.mirror?.doc.URL };
    },
    { url: c.url, optionsJson: JSON.stringify(c.options) },
  );
}


/** A page loaded once for the checks that read it: what the corpus check read as loaded, what the mirror check read. */
interface Loaded {
  /** The reader on the page as loaded, without options (as the corpus is scored); `error`: the page did not load or the reader threw. */
  corpus?: { reading: Reading; error?: string; shows?: boolean };
  /** The mirror check's readings before and after changePage, or what stopped it. */
  mirror?: { before: Both; after: Both } | { failure: unknown };
}
interface Job {
  url: string;
  html: string;
  corpus?: { visibleName?: string };
  mirror?: EquivalenceCase;
}

const jobs: Job[] = [];
const jobOf = new Map<string, Job>();
function job(source: { id: string; url: string; html: string }): Job {
  const key = `${source.id}\n${source.url}\n${source.html}`;
  let found = jobOf.get(key);
  if (!found) {
    found = { url: source.url, html: source.html };
    jobOf.set(key, found);
    jobs.push(found);
  }
  return found;
}
for (const p of [...corpusPages, ...corpusGenerated]) job(p).corpus = { visibleName: 'visibleName' in p ? p.visibleName : undefined };
for (const c of cases) job(c).mirror = c;

const standing = new WeakSet<Page>();
/**
 * Puts the page of `c` in `tab` as Playwright's setContent does: Chromium's parser writes it into the tab's
 * standing document (document.open/write/close; the doctype, or its absence, sets the mode as in a load), and the
 * call returns once the page has loaded. A navigation per page cost Chromium ~150 ms of CPU and compiling the
 * 0.5 MB reader bundle again ~75 ms; written, the file took 65 CPU-s instead of 215 and every reading of all 684
 * pages (both ways, before and after changePage, provenance and confidence too) was the same (7 December). The
 * mirror a page left is ended with it: its sender would otherwise watch the next page's writing.
 */
async function write(c: Pick<EquivalenceCase, 'url' | 'html'>, tab: Page): Promise<void> {
  if (!standing.has(tab)) {
    await open({ url: 'https://corpus.example.org/', html: '<!doctype html><title></title>' }, undefined, tab);
    standing.add(tab);
  }
  await tab.evaluate((html) => {
    const state = globalThis as unknown as { mirrorSender?: { stop(): void }; mirror?: unknown; verdicts?: unknown };
    state.mirrorSender?.stop();
    delete state.mirrorSender;
    delete state.mirror;
    delete state.verdicts;
    document.open();
    document.write(html);
    document.close();
    // A script or stylesheet the page names (refused by the route) holds its parsing past close().
    if (document.readyState !== 'complete') return new Promise<void>((resolve) => addEventListener('load', () => resolve(), { once: true }));
  }, c.html);
}

async function load(j: Job, tab: Page): Promise<Loaded> {
  const loaded: Loaded = {};
  try {
    await write(j, tab);
  } catch (e) {
    const error = e instanceof Error ? (e.message.split('\n')[0] as string) : String(e);
    return { ...(j.corpus ? { corpus: { reading: null, error } } : {}), ...(j.mirror ? { mirror: { failure: e } } : {}) };
  }
  const name = j.corpus?.visibleName;
  const shows = name === undefined ? undefined : await tab.evaluate((t) => document.body.innerText.replace(/\s+/g, ' ').includes(t), name).catch(() => false);
  if (j.mirror) {
    try {
      const before = await read(j.mirror, tab);
      // The first live read is the page as loaded: read without options, it is also what the corpus check reads.
      if (j.corpus && Object.keys(j.mirror.options).length === 0) loaded.corpus = { reading: before.live as Reading, shows };
      await tab.evaluate(changePage as () => void);
      loaded.mirror = { before, after: await read(j.mirror, tab) };
    } catch (failure) {
      loaded.mirror = { failure };
    }
  }
  if (j.corpus && !loaded.corpus) {
    try {
      if (j.mirror) await write(j, tab);
      const reading = await tab.evaluate(async (url) => {
        const api = (globalThis as unknown as { RapportSplit: { extractClientContext: (d: Document, u: string) => unknown } }).RapportSplit;
        const result = await api.extractClientContext(document, url);
        return result === null || result === undefined ? null : JSON.parse(JSON.stringify(result));
      }, j.url);
      loaded.corpus = { reading: reading as Reading, shows };
    } catch (e) {
      loaded.corpus = { reading: null, error: e instanceof Error ? (e.message.split('\n')[0] as string) : String(e) };
    }
  }
  return loaded;
}

/**
 * The page of `j` loaded and read (never rejects: each check fails on its own part). The next
 * RENDERERS - 1 pages start meanwhile, so every renderer stays busy while the tests take turns.
 */
const started = new Map<Job, Promise<Loaded>>();
function loaded(j: Job): Promise<Loaded> {
  const at = jobs.indexOf(j);
  for (const next of jobs.slice(at, at + RENDERERS)) if (!started.has(next)) started.set(next, withTab((tab) => load(next, tab)));
  return started.get(j) as Promise<Loaded>;
}

describe('the corpus in Chromium: never a wrong client', () => {
  for (const p of corpusPages) {
    test(p.id, async () => {
      const { reading, error } = (await loaded(job(p))).corpus!;
      expect(error, 'the page did not load or the reader threw').toBeUndefined();
      expect(scorePage(p, reading).reasons, `${p.id} read someone else`).toEqual([]);
    });
  }
});

describe('generated pages in Chromium: the generated client or null', () => {
  for (const p of corpusGenerated) {
    test(p.id, async () => {
      const { reading, error, shows } = (await loaded(job(p))).corpus!;
      expect(error, 'the page did not load or the reader threw').toBeUndefined();
      // The generator's own promise: the page really shows its client to a person.
      expect(shows, `${p.id} does not show ${p.visibleName}`).toBe(true);
      expect(scorePage(p, reading).reasons, `${p.id} read someone else`).toEqual([]);
    });
  }
});

describe('reading the mirror equals reading the live page, before and after a change (Chromium)', () => {
  const listed: string[] = [];
  let same = 0;
  let read_ = 0;
  let byDeltas = 0;
  for (const c of cases) {
    test(c.heldOut ? 'a held-out page' : c.id, async () => {
      const mirror = (await loaded(job(c))).mirror!;
      if ('failure' in mirror) throw mirror.failure;
      const { before, after } = mirror;
      // The extension's page is not the EHR's: the rules get the address by argument.
      expect(before.mirrorUrl).toBe('about:blank');
      if (!after.whole) byDeltas++;
      if (before.live !== null) read_++;
      const ok = JSON.stringify(before.live) === JSON.stringify(before.mirrored) && JSON.stringify(after.live) === JSON.stringify(after.mirrored);
      if (ok) same++;
      else if (!c.heldOut) listed.push(`${c.id}\n  live:     ${JSON.stringify([before.live, after.live])}\n  mirrored: ${JSON.stringify([before.mirrored, after.mirrored])}`);
    });
  }
  test('lists every difference: there is none', () => {
    console.log(`mirror equivalence (Chromium): ${cases.length} pages, ${read_} read a client live, ${same} the same before and after a change (${byDeltas} re-read by deltas alone)\n${listed.join('\n')}`);
    expect(read_).toBeGreaterThan(cases.length / 2);
    expect(byDeltas).toBe(cases.length);
    expect(same).toBe(cases.length);
  });
});

describe('a raw C-CDA file in the XML viewer', () => {
  test('is mirrored as an XML document and read alike', async () => {
    const c = { url: 'https://hie.example.org/docs/summary.xml', html: RAW_CDA, options: { today: '2026-12-05' } };
    await open(c, 'text/xml');
    const { live, mirrored, mirrorType } = await read(c);
    expect(mirrorType).toMatch(/xml/);
    expect(live).toMatchObject({ name: expect.stringMatching(/Adebayo/i) });
    expect(mirrored).toEqual(live);
  });
});

describe('what layout hides, through the mirror', () => {
  const PAGE = `<!doctype html><html><head><style>
    .floats { height: 0 } .floats > div { float: left; width: 300px }
    .ghost { visibility: hidden } .ghost > .seen { visibility: visible }
    .gone { display: none } .away { position: absolute; left: -9999px }
  </style></head><body>
    <div id="jane" class="floats"><div><h1>Jane Doe</h1></div><div><p>MRN: MRN-100234</p><p>DOB: 01/05/1950</p></div></div>
    <div class="ghost">Hidden words <p class="seen">Ward 4 West</p></div>
    <div id="other" class="gone"><h1>Hugo Gray</h1><p>MRN: MRN-999999</p><p>DOB: 02/02/1960</p></div>
    <img src="https://tracker.example.org/pixel.png" alt="">
  </body></html>`;

  test('reads what the live page shows as its layout decides, after a stylesheet-only switch too, and fetches nothing', async () => {
    const requests: string[] = [];
    page.on('request', (r) => void requests.push(r.url()));
    const c = { url: 'https://ehr.example.org/chart/7', html: PAGE, options: { today: '2026-12-05' } };
    await open(c);
    const before = requests.length;
    const first = await read(c);
    expect(first.live).toMatchObject({ name: 'Jane Doe', mrn: 'MRN-100234' });
    expect(first.mirrored).toEqual(first.live);
    // The other patient shown, the first one hidden, by classes only the stylesheet gives a meaning.
    await page.evaluate(() => {
      document.getElementById('other')?.classList.remove('gone');
      document.getElementById('jane')?.classList.add('gone');
    });
    const second = await read(c);
    expect(second.live).toMatchObject({ name: 'Hugo Gray' });
    expect(second.mirrored).toEqual(second.live);
    expect(second.whole).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(requests.slice(before)).toEqual([]);
  });

  test('a read after a scroll that clips one patient away and shows another judges anew (no mutation tells of it)', async () => {
    const c = {
      url: 'https://ehr.example.org/chart/8',
      html: `<!doctype html><html><head><style>#box { height: 200px; overflow: hidden } #box > div { height: 200px }</style></head><body>
        <div id="box"><div><h1>Jane Doe</h1><p>MRN: MRN-100234</p><p>DOB: 01/05/1950</p></div><div><h1>Hugo Gray</h1><p>MRN: MRN-999999</p><p>DOB: 02/02/1960</p></div></div>
      </body></html>`,
      options: { today: '2026-12-05' },
    };
    await open(c);
    const first = await read(c);
    expect(first.live).toMatchObject({ name: 'Jane Doe' });
    expect((await read(c)).mirrored).toEqual(first.live);
    await page.evaluate(async () => {
      (document.getElementById('box') as HTMLElement).scrollTop = 200;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
    const scrolled = await read(c);
    expect(scrolled.live).toMatchObject({ name: 'Hugo Gray' });
    expect(scrolled.mirrored).toEqual(scrolled.live);
    expect(scrolled.whole).toBe(false);
  });

  test('a style sheet edited through the CSSOM (nothing tells of it) never leaves the patient it hid read', async () => {
    const c = {
      url: 'https://ehr.example.org/chart/10',
      html: `<!doctype html><html><head><style></style></head><body>
        <div id="jane"><h1>Jane Doe</h1><p>MRN: MRN-100234</p><p>DOB: 01/05/1950</p></div>
      </body></html>`,
      options: { today: '2026-12-05' },
    };
    await open(c);
    expect((await read(c)).live).toMatchObject({ name: 'Jane Doe' });
    expect((await read(c)).mirrored).toMatchObject({ name: 'Jane Doe' });
    await page.evaluate(() => document.styleSheets[0]?.insertRule('#jane { display: none }'));
    const hidden = await read(c);
    expect(hidden.live).toBeNull();
    expect(hidden.mirrored).toBeNull();
  });

  // A quiet read judges what it saw by layout alone (no mutation came to change its markup): a clip or a colour a
  // style sheet gives, with nothing in the markup changed, still hides the patient at the next read.
  for (const rule of ['#box { height: 0; overflow: hidden }', '#jane { color: transparent }', '#jane { position: relative; left: -5000px }']) {
    test(`a CSSOM edit that hides the patient by layout alone (${rule}) is seen at the next read`, async () => {
      const c = {
        url: 'https://ehr.example.org/chart/11',
        html: `<!doctype html><html><head><style></style></head><body>
          <div id="box"><div id="jane"><h1>Jane Doe</h1><p>MRN: MRN-100234</p><p>DOB: 01/05/1950</p></div></div>
        </body></html>`,
        options: { today: '2026-12-05' },
      };
      await open(c);
      expect((await read(c)).mirrored).toMatchObject({ name: 'Jane Doe' });
      expect((await read(c)).mirrored).toMatchObject({ name: 'Jane Doe' });
      await page.evaluate((text) => document.styleSheets[0]?.insertRule(text), rule);
      const hidden = await read(c);
      expect(hidden.live).toBeNull();
      expect(hidden.mirrored).toBeNull();
    });
  }

  test('a read after an animation that hid the patient ended judges anew (no event or mutation tells of its end)', async () => {
    const c = {
      url: 'https://ehr.example.org/chart/9',
      html: `<!doctype html><html><head><style>@keyframes hide { from, to { visibility: hidden } } #jane { animation: hide 3s }</style></head><body>
        <div id="jane"><h1>Jane Doe</h1><p>MRN: MRN-100234</p><p>DOB: 01/05/1950</p></div>
      </body></html>`,
      options: { today: '2026-12-05' },
    };
    await open(c);
    const running = () => page.evaluate(() => document.getAnimations().length);
    expect((await read(c)).live).toBeNull();
    const during = await read(c);
    expect(during.live).toBeNull();
    expect(await running()).toBe(1);
    await expect.poll(running, { timeout: 8_000 }).toBe(0);
    const after = await read(c);
    expect(after.live).toMatchObject({ name: 'Jane Doe' });
    expect(after.mirrored).toEqual(after.live);
  });
});
