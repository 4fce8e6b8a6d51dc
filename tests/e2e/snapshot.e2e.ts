import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleForPage } from '../bench/bundle.mjs';
import { CHROMIUM } from '../corpus/harness/chromium';
import { changePage, equivalenceCases, type EquivalenceCase } from '../corpus/harness/snapshot';
import { RAW_CDA } from './raw-cda';

/**
 * The reader split (docs/reader-split.md) in real Chromium, where layout hides what CSS hides: each page
 * read live, and read through its mirror (the frame's sender on the live page, the mirror in a
 * windowless document as in the extension's own page, every layout verdict the rules ask for answered
 * by the live page's checker, in rounds); then the page is changed (changePage) and both are read
 * again, the mirror by deltas. The readings must be the same. Corpus pages, fixtures and a generated
 * sample; held-out pages are counted, never listed.
 */
const cases = equivalenceCases(Number(process.env.SNAPSHOT_GENERATED ?? 4));
let browser: Browser;
let page: Page;
let current: { url: string; body: string; type: string } | undefined;
const withoutHash = (url: string) => url.split('#')[0] as string;

beforeAll(async () => {
  const bundles = (await bundleForPage({ RapportSplit: 'tests/e2e/snapshot-page.ts' })) as Record<string, string>;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/*', (route) => {
    const request = route.request();
    return current && request.resourceType() === 'document' && withoutHash(request.url()) === withoutHash(current.url)
      ? route.fulfill({ status: 200, contentType: current.type, body: current.body })
      : route.abort();
  });
  await page.addInitScript({ content: `${readFileSync(bundles.RapportSplit as string, 'utf8')}\n;globalThis.RapportSplit = RapportSplit;` });
});
afterAll(async () => {
  await browser?.close();
});

type Fields = Record<string, unknown> | null;
type Both = { live: Fields; mirrored: Fields; rounds: number; whole: boolean; mirrorType?: string; mirrorUrl?: string };

/** Opens the page served at `url`; then `read()` reads it both ways, in the page (the mirror kept between reads). */
async function open(c: Pick<EquivalenceCase, 'url' | 'html'>, type = 'text/html; charset=utf-8') {
  current = { url: c.url, body: c.html, type };
  await page.goto(c.url, { waitUntil: 'load' });
}

function read(c: Pick<EquivalenceCase, 'url' | 'options'>): Promise<Both> {
  return page.evaluate(
    async ({ url, optionsJson }) => {
      const options: unknown = JSON.parse(optionsJson);
      type Part = { whole?: object; round: number; seq: number; gen: number; seen?: number[]; unseen?: number[] };
      type MirrorDoc = { doc: Document; seq: number; gen: number; apply(p: Part): void };
      type Api = {
        extractClientContext: (d: Document, u: string, o: unknown) => Promise<unknown>;
        MirrorSender: new (d: Document) => { begin(): Promise<Part> };
        Mirror: new (p: Part, impl: DOMImplementation) => MirrorDoc;
        withOracle: (m: MirrorDoc, v: Map<number, boolean>, round: number, read: (d: Document) => Promise<unknown>) => Promise<object>;
        readInRounds: (s: unknown, first: Part, send: (p: Part) => Promise<object>) => Promise<{ context?: unknown } | null>;
      };
      const api = (globalThis as unknown as { RapportSplit: Api }).RapportSplit;
      const state = globalThis as unknown as { mirrorSender?: InstanceType<Api['MirrorSender']>; mirror?: MirrorDoc; verdicts?: Map<number, boolean> };
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
        if (part.round === 0) verdicts.clear();
        for (const id of part.seen ?? []) verdicts.set(id, true);
        for (const id of part.unseen ?? []) verdicts.set(id, false);
        return api.withOracle(mirror, verdicts, part.round, (d) => api.extractClientContext(d, url, options) as Promise<never>);
      });
      return { live, mirrored: plain(answer?.context), rounds, whole, mirrorType: state.mirror?.doc.contentType, mirrorUrl: state.mirror?.doc.URL };
    },
    { url: c.url, optionsJson: JSON.stringify(c.options) },
  );
}

describe('reading the mirror equals reading the live page, before and after a change (Chromium)', () => {
  const listed: string[] = [];
  let same = 0;
  let read_ = 0;
  let byDeltas = 0;
  for (const c of cases) {
    test(c.heldOut ? 'a held-out page' : c.id, async () => {
      await open(c);
      const before = await read(c);
      // The extension's page is not the EHR's: the rules get the address by argument.
      expect(before.mirrorUrl).toBe('about:blank');
      await page.evaluate(changePage as () => void);
      const after = await read(c);
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
