// npm run bench: page-reading speed in real Chromium, each figure next to the floor it is judged
// against, measured in the same run (TOOLCHAIN.md: the VM is noisy, so absolute times mean little).
import { chromium } from 'playwright-core';
import { bundleForPage } from './bundle.mjs';
import { ehrPageHtml } from './page.mjs';
import { rendererMains, cpuMs, cpuNs } from './renderer-cpu.mjs';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildTargets } from '../../scripts/build.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 41;
const ADAPTER_URL = 'http://127.0.0.1:8765/classic/chart/1';
const GENERIC_URL = 'https://cis.example.org/chart.aspx?pid=1';

const contentScriptGzip = await contentScriptSize();
const bundles = await bundleForPage(
  { RapportExtract: 'src/context/extract.ts', RapportReader: 'src/content/reader.ts', RapportPreCheck: 'src/content/pre-check.ts', RapportSplit: 'tests/e2e/snapshot-page.ts', RapportFrame: 'tests/bench/frame-page.ts' },
  { define: { __DEMO_ADAPTERS__: 'true' } },
);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const failures = [];

/**
 * What a frame showing a patient loads, as the store build ships it (gzip -9): since the reader split
 * (docs/reader-split.md), the script injected into every frame of an enabled site, alone.
 */
async function contentScriptSize() {
  const files = ['dist/chrome/src/content/main.js'];
  if (!files.every((file) => existsSync(file))) await buildTargets(['chrome'], { quiet: true });
  return files.reduce((n, file) => n + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

try {
  // The reading page runs where the product runs it: the offscreen document, another renderer than the EHR frame's.
  // Two tabs opened by the browser (no opener) are two renderer processes (checked below), so its parsing, rules and
  // garbage stay off the frame's main thread. They share an origin (served by routing, no server) and talk over a
  // BroadcastChannel: structured clone across processes, as runtime messaging crosses them in the product.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('http://bench.test/**', (route) => route.fulfill({ contentType: 'text/html', body: route.request().url().endsWith('/chart') ? ehrPageHtml() : '<!doctype html><title>reading page</title>' }));
  const readingPage = await context.newPage();
  await readingPage.goto('http://bench.test/reading');
  await readingPage.addScriptTag({ path: bundles.RapportSplit });
  await readingPage.evaluate(() => {
    const readers = new Map();
    const readPart = async (key, url, text) => {
      let reader = readers.get(key);
      if (!reader) readers.set(key, (reader = globalThis.RapportSplit.mirrorReader(url)));
      let reading = 0;
      const t = performance.now();
      const part = JSON.parse(text);
      reader.apply(part);
      reading += performance.now() - t;
      const reply = await reader.read(part, { onSlice: (ms) => (reading += ms) });
      return { reply, reading };
    };
    const channel = new BroadcastChannel('bench-reading');
    channel.onmessage = async ({ data }) => {
      if (data.drop) return void readers.delete(data.drop);
      if (data.spin) {
        const t = performance.now();
        while (performance.now() - t < data.spin);
        return void channel.postMessage({ id: data.id });
      }
      // An echo: the hop alone, timed apart (info).
      if (data.echo) return void channel.postMessage({ id: data.id, reply: { ask: [] }, reading: 0 });
      channel.postMessage({ id: data.id, ...(await readPart(data.key, data.url, data.text)) });
    };
  });
  const page = await context.newPage();
  await page.goto('http://bench.test/chart');
  await page.evaluate(() => {
    const channel = new BroadcastChannel('bench-reading');
    const waiting = new Map();
    let next = 0;
    channel.onmessage = ({ data }) => {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    };
    const ask = (message) => new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      channel.postMessage({ id, ...message });
    });
    globalThis.benchReadingPage = (key, url, text) => ask({ key, url, text });
    globalThis.benchEcho = (text) => ask({ echo: true, text });
    globalThis.benchSpin = (ms) => ask({ spin: ms });
    globalThis.benchDropReader = (key) => channel.postMessage({ drop: key });
  });
  await page.addScriptTag({ path: bundles.RapportExtract });
  await page.addScriptTag({ path: bundles.RapportReader });
  await page.addScriptTag({ path: bundles.RapportPreCheck });
  await page.addScriptTag({ path: bundles.RapportSplit });
  await page.addScriptTag({ path: bundles.RapportFrame });
  // The bench's own bundles ran; as inline scripts they would stay in the chart, which a frame's content script
  // never is (their text named a Patient, which short-cut the generic pre-check, and made the page whole 1.1 MB).
  await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));

  const figures = await page.evaluate(
    async ({ runs, adapterUrl, genericUrl }) => {
      const { extractClientContext } = globalThis.RapportExtract;
      const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      // Browsers coarsen performance.now() to 0.1 ms: each sample times a batch and divides. Reads
      // are awaited (the reader is time-sliced), so a sample is the whole read, slices and all.
      // Timed warm, as the content script runs (it reads on every page change): the engine optimises
      // code only after many calls, and the batch is sized from warm calls, not the compiling first one.
      const time = async (fn) => {
        const start = performance.now();
        for (let i = 0; i < 300 && performance.now() - start < 1000; i++) await fn();
        const warm = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          await fn();
          warm.push(performance.now() - t0);
        }
        const batch = Math.max(1, Math.min(50, Math.round(2 / Math.max(median(warm), 0.01))));
        const out = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          for (let k = 0; k < batch; k++) await fn();
          out.push((performance.now() - t) / batch);
        }
        return median(out);
      };
      const timeSync = (fn) => time(async () => fn());
      const floor = async () => document.body.innerText.length;
      /**
       * A reading against the floor, sample by sample: each sample times a batch of floor calls and
       * then a batch of `fn`, so a burst of load on the shared machine weighs on both. The ratio is
       * the median of the samples' ratios.
       */
      const paired = async (fn) => {
        for (const f of [floor, fn]) {
          const start = performance.now();
          for (let i = 0; i < 300 && performance.now() - start < 1000; i++) await f();
        }
        const batchOf = async (f) => {
          const warm = [];
          for (let i = 0; i < 5; i++) {
            const t0 = performance.now();
            await f();
            warm.push(performance.now() - t0);
          }
          return Math.max(1, Math.min(50, Math.round(2 / Math.max(median(warm), 0.01))));
        };
        const batches = [await batchOf(floor), await batchOf(fn)];
        const floors = [];
        const values = [];
        for (let i = 0; i < runs; i++) {
          let t = performance.now();
          for (let k = 0; k < batches[0]; k++) await floor();
          floors.push((performance.now() - t) / batches[0]);
          t = performance.now();
          for (let k = 0; k < batches[1]; k++) await fn();
          values.push((performance.now() - t) / batches[1]);
        }
        return { value: median(values), floor: median(floors), ratio: median(values.map((v, i) => v / floors[i])) };
      };
      const { mayShowClient } = globalThis.RapportPreCheck;
      // The same chart without its banner: no date, so the pre-check leaves a page this big to the reader.
      const bare = document.implementation.createHTMLDocument('');
      bare.body.replaceWith(bare.importNode(document.body, true));
      bare.getElementById('pt-header').remove();
      const adapterResult = await extractClientContext(document, adapterUrl);
      const genericResult = await extractClientContext(document, genericUrl, { adapters: [] });
      return {
        elements: document.getElementsByTagName('*').length,
        innerText: await timeSync(() => document.body.innerText.length),
        adapter: await paired(() => extractClientContext(document, adapterUrl)),
        generic: await paired(() => extractClientContext(document, genericUrl, { adapters: [] })),
        preCheck: await timeSync(() => mayShowClient(document)),
        preCheckWhole: await timeSync(() => mayShowClient(bare)),
        adapterRead: adapterResult && `${adapterResult.source}: ${adapterResult.name} ${adapterResult.mrn}`,
        genericRead: genericResult && `${genericResult.source}: ${genericResult.name} ${genericResult.mrn}`,
      };
    },
    { runs: RUNS, adapterUrl: ADAPTER_URL, genericUrl: GENERIC_URL },
  );

  const line = (label, { value, floor, ratio }) =>
    console.log(`${label.padEnd(40)} ${value.toFixed(3).padStart(7)} ms   floor innerText ${floor.toFixed(2)} ms   ratio ${ratio.toFixed(3)}   (info: the rules' own speed)`);
  const sizeOk = contentScriptGzip <= 12 * 1024;
  if (!sizeOk) failures.push('content script size');
  console.log(`${'patient frame: main.js, gzip'.padEnd(40)} ${(contentScriptGzip / 1024).toFixed(1).padStart(7)} KB   target ≤ 12 KB   ${sizeOk ? 'ok' : 'MISSED'}`);
  console.log(`page: ${figures.elements} elements; adapter read ${figures.adapterRead}; generic read ${figures.genericRead}`);
  console.log(`${'document.body.innerText (floor)'.padEnd(40)} ${figures.innerText.toFixed(2).padStart(7)} ms`);
  // The rules' own speed on the live page (info): since the reader split no frame runs them; they run in
  // the reading page, on the mirror (below), and issue 9's targets are judged on what a frame does.
  line('rules alone on the live page, adapter', figures.adapter);
  line('rules alone on the live page, generic', figures.generic);
  // The content script runs it before the generic reader in a frame no adapter claims (info: it stops at the first date).
  const info = (label, value) => console.log(`${label.padEnd(40)} ${value.toFixed(2).padStart(7)} ms   ratio ${(value / figures.innerText).toFixed(3)}   (info)`);
  info('pre-check, this chart', figures.preCheck);
  info('pre-check, chart without banner', figures.preCheckWhole);

  // The mirror (docs/reader-split.md), as a frame now reads: the frame sends its page (whole once, then
  // deltas, form values, the verdicts asked) and the rules run in the reading page, in rounds. Per read,
  // sample by sample against innerText timed in the same sample:
  // - the frame's main-thread work: the sum of its synchronous stretches (each slice of `begin` up to the
  //   slicer's yield, `answer`, and each message's JSON text, which runtime messaging builds in the
  //   sender's task), apart from the read's wall time, which also counts the gaps between slices and
  //   the awaited rounds; the longest stretch is the longest task the read adds to the page (timed
  //   directly: a 'longtask' observer sees nothing under 50 ms). The clock is coarsened to 0.1 ms; a
  //   stretch's rounding is as often up as down, and each figure is the median of 21 samples' means
  //   (re-reads: 10 reads each). Info since the CPU-time figures (below): the stretches miss garbage
  //   collection and count preemption;
  // - the reading page's work, in its own renderer: each message parsed and applied to the mirror, and the
  //   rules' slices, round by round (info). Wall time here includes it and the messages' hops between the two
  //   renderers, as a frame waits for the answer.
  // A re-read after a patient switch is timed once the page rendered the switch (a frame: requestAnimationFrame, then a
  // task), as the content script reads after a change; the same read at once, in the switch's task, is shown beside.
  // Issue 9's targets are judged on the frame's re-reads (what a frame pays for each read once its page is
  // mirrored); the first read is paid once per document (and after the reading page idles out), shown beside.
  const mirrorFigures = (url) => page.evaluate(async ({ runs, url, adapter }) => {
    const api = globalThis.RapportSplit;
    const now = () => performance.now();
    const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    // The slicer's own yield (src/context/slicer.ts), passed in so the bench sees where each slice ends.
    const scheduler = globalThis.scheduler;
    const pageYield = typeof scheduler?.yield === 'function'
      ? () => scheduler.yield()
      : () => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });
    let m;
    // Start of the frame's current stretch, and its work not yet closed by a yield or a message sent.
    let from = 0;
    let open = 0;
    const { prototype } = globalThis.RapportFrame.MirrorSender;
    const answer = (globalThis.benchAnswer ??= prototype.answer);
    prototype.answer = function (...args) {
      const t = now();
      const part = answer.apply(this, args);
      open = now() - t;
      return part;
    };
    const reader = () => {
      // As the content script reads (src/content/frame-read.ts): the adapter's marker on the adapter's URL, the
      // pre-check elsewhere, then the sender's changes; the background's site match is given.
      const frame = globalThis.RapportFrame.frameReader(async () => (adapter ? ['demo-classic'] : []));
      const yieldTo = async () => {
        m.stretches.push(now() - from);
        m.yields++;
        await pageYield();
        from = now();
      };
      const key = `r${(globalThis.benchReaders = (globalThis.benchReaders ?? 0) + 1)}`;
      const send = async (raw) => {
        const t = now();
        const text = JSON.stringify(raw);
        m.stretches.push(open + now() - t);
        open = 0;
        m.bytes += text.length;
        m.messages++;
        const { reply, reading } = await globalThis.benchReadingPage(key, url, text);
        m.reading += reading;
        m.runs++;
        return reply;
      };
      let last;
      return {
        stop: () => {
          frame.stop();
          void globalThis.benchDropReader(key);
        },
        // `asked`: the read answers the background's context/request (src/content/reader.ts readNow), which always
        // reports. Otherwise it is one the frame makes on its own (the panel's 5 s timer, visibilitychange, focus,
        // animation and transition ends): one that would be answered as the last was sends nothing (frame-read.ts).
        async read(asked = false) {
          m = { stretches: [], yields: 0, messages: 0, bytes: 0, reading: 0, runs: 0 };
          const t = now();
          from = t;
          const read = await frame.extract(document, url, { yieldTo });
          open = now() - from;
          const reply = await frame.send(read, send, { key: url, quiet: !asked });
          // A silent read's answer is the last one: it still stands in the background.
          if (reply !== 'unchanged') last = reply;
          // Its work after the last slice went with no message.
          if (m.messages === 0) m.stretches.push(open);
          return { frame: sum(m.stretches), longest: Math.max(...m.stretches), wall: now() - t, ...m, answer: last };
        },
      };
    };
    const floorOf = () => {
      const t = now();
      for (let k = 0; k < 5; k++) void document.body.innerText.length;
      return (now() - t) / 5;
    };
    const header = document.getElementById('pt-header');
    const other = header.cloneNode(true);
    other.querySelector('.pt-name b').textContent = 'ROE, RICHARD';
    other.querySelectorAll('td.val')[1].textContent = 'MRN-200777';
    const live = await api.extractClientContext(document, url);
    const sample = async (prepare, each, batch) => {
      const s = { floor: [], frame: [], ratio: [], longest: [], wall: [], reading: [] };
      let last;
      const names = new Set();
      for (let i = 0; i < runs; i++) {
        const floor = floorOf();
        const r = prepare ? await prepare() : undefined;
        const reads = [];
        for (let k = 0; k < batch; k++) {
          reads.push((last = await each(r)));
          names.add(last.answer?.context?.name);
        }
        const frame = sum(reads.map((x) => x.frame)) / batch;
        s.floor.push(floor);
        s.frame.push(frame);
        s.ratio.push(frame / floor);
        s.longest.push(Math.max(...reads.map((x) => x.longest)));
        s.wall.push(sum(reads.map((x) => x.wall)) / batch);
        s.reading.push(sum(reads.map((x) => x.reading)) / batch);
        r?.stop();
      }
      const out = Object.fromEntries(Object.entries(s).map(([k, xs]) => [k, median(xs)]));
      return { ...out, readingRatio: median(s.reading.map((v, i) => v / s.floor[i])), messages: last.messages, yields: last.yields, runs: last.runs, bytes: last.bytes, context: last.answer?.context, names: [...names] };
    };
    const same = (context) => JSON.stringify(context) === JSON.stringify(live);
    const first = await sample(() => reader(), (r) => r.read(), 1);
    const kept = reader();
    await kept.read();
    // The product's unchanged re-reads are the frame's own (src/content/reader.ts: the slow timer while a panel shows
    // the tab, and events after which a page may switch client with no mutation); the background asks (context/request)
    // once a tab has loaded. So the judged "no change" read is the frame's own; the asked one is shown beside.
    const again = await sample(null, () => kept.read(), 10);
    const asked = await sample(null, () => kept.read(true), 10);
    let shown = header;
    const swap = () => {
      const next = shown === header ? other : header;
      shown.replaceWith(next);
      shown = next;
    };
    // As the content script reads after a change (src/content/reader.ts): once the page rendered it, so the style and
    // layout the change needs are the page's frame's, not the read's (timed apart below).
    const rendered = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const switched = await sample(null, async () => {
      swap();
      await rendered();
      return kept.read();
    }, 10);
    // The same read at once, in the switch's own task (before the product's frame wait: the layout lands in the read).
    const switchedAtOnce = await sample(null, () => {
      swap();
      return kept.read();
    }, 10);
    // The same switch read live, as a frame read before the split (the rules' slices, and wall time):
    // the style and layout the change forces are paid by either.
    const liveSwitched = await sample(null, async () => {
      swap();
      let frame = 0;
      let longest = 0;
      const t = now();
      const context = await api.extractClientContext(document, url, { onSlice: (ms) => ((frame += ms), (longest = Math.max(longest, ms))) });
      return { frame, longest, wall: now() - t, reading: 0, messages: 0, yields: 0, runs: 1, bytes: 0, answer: { context } };
    }, 10);
    // What any read after the switch pays first, split or not: the style and layout the change forces.
    const layoutSwitched = await sample(null, async () => {
      swap();
      const t = now();
      void document.body.offsetHeight;
      const frame = now() - t;
      return { frame, longest: frame, wall: frame, reading: 0, messages: 0, yields: 0, runs: 0, bytes: 0, answer: null };
    }, 10);
    // For the CPU-time figures (timed from Node, below): the same reads by the same reader, in batches.
    globalThis.benchCpu = {
      floor: (n) => {
        for (let i = 0; i < n; i++) void document.body.innerText.length;
      },
      again: async (n, asked = false) => {
        for (let i = 0; i < n; i++) await kept.read(asked);
      },
      // Each read after a switch between two marks of the thread's CPU time (read from Node while the page waits on
      // it): the read alone, apart from the switch's own style, layout and frame before it.
      // `mode`: 'read'; 'marks' (the marks alone); 'wait' (the marks around a wait as long as the last batch's reads
      // took, each in turn: what the page spends on its own in that time, with no read, is not the read's).
      switched: async (n, mode = 'read') => {
        let spans = 0;
        const walls = mode === 'read' ? (globalThis.benchWalls = []) : globalThis.benchWalls;
        for (let i = 0; i < n; i++) {
          swap();
          await rendered();
          const before = await globalThis.benchCpuMark();
          const t = now();
          if (mode === 'read') await kept.read();
          else if (mode === 'wait') await new Promise((resolve) => setTimeout(resolve, walls[i % walls.length]));
          if (mode === 'read') walls.push(now() - t);
          spans += (await globalThis.benchCpuMark()) - before;
        }
        return spans / n;
      },
      idle: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      hop: async (n, size) => {
        const text = 'x'.repeat(size);
        for (let i = 0; i < n; i++) await globalThis.benchEcho(text);
      },
      done: () => {
        if (shown !== header) other.replaceWith(header);
        kept.stop();
      },
    };
    return { first, again, asked, switched, switchedAtOnce, liveSwitched, layoutSwitched, same: [first, again].every((m) => same(m.context)), switchedNames: switched.names, liveSwitchedNames: liveSwitched.names };
  }, { runs: 21, url, adapter: url === ADAPTER_URL });

  const f = (ms) => ms.toFixed(ms < 1 ? 3 : ms < 10 ? 2 : 1);
  const x = (ratio) => `${ratio.toFixed(ratio < 1 ? 3 : 1)}×`;
  const frameLine = (label, m, target) => {
    const ok = typeof target !== 'number' || m.ratio <= target;
    if (!ok) failures.push(label);
    const judged = typeof target !== 'number' ? `(info: ${target})` : `target ≤ ${target}×   ${ok ? 'ok' : 'MISSED'}`;
    console.log(`${label.padEnd(40)} main thread ${f(m.frame).padStart(6)} ms ${x(m.ratio).padStart(7)} (innerText ${m.floor.toFixed(2)} ms)   longest task ${f(m.longest)} ms   wall ${f(m.wall)} ms   ${m.messages} msg, ${m.yields} yields, ${(m.bytes / 1024).toFixed(1)} KB   ${judged}`);
  };
  const readingLine = (label, m) =>
    console.log(`${label.padEnd(40)} ${f(m.reading).padStart(6)} ms ${x(m.readingRatio).padStart(7)}   ${m.runs} rule run(s)   (info: off the EHR's thread)`);
  // Which renderer is the chart's: the one whose main thread works while the chart runs innerText.
  const mains = rendererMains();
  const busiest = async (work) => {
    const before = mains.map(cpuMs);
    await work();
    const spent = mains.map((pid, i) => cpuMs(pid) - before[i]);
    return { pid: mains[spent.indexOf(Math.max(...spent))], spent };
  };
  const framePid = (await busiest(() => page.evaluate(() => {
    for (let i = 0; i < 100; i++) void document.body.innerText.length;
  }))).pid;
  /** The chart renderer's main-thread CPU milliseconds for `what(n)` in the page, per call. */
  let idleRate = 0;
  const cpuPer = async (what, n, ...args) => (await cpuAndSpans(what, n, ...args)).cpu;
  /** The same, with what the batch returns (the spans' mean CPU time, for `switched`). */
  const cpuAndSpans = async (what, n, ...args) => {
    const before = cpuMs(framePid);
    const t = performance.now();
    const spans = await page.evaluate(([w, k, a]) => globalThis.benchCpu[w](k, ...a), [what, n, args]);
    // What the renderer spends on its own while a batch waits on the reading page (an idle page's timers and
    // frames, timed alone each sample) is not the reads'.
    return { cpu: (cpuMs(framePid) - before - idleRate * (performance.now() - t)) / n, spans: spans / 1e6 };
  };
  await page.exposeFunction('benchCpuMark', () => cpuNs(framePid));
  const CPU_SAMPLES = 5;
  /**
   * The judged figures: the frame renderer's main-thread CPU time (/proc, Linux: utime + stime, 10 ms ticks, so
   * each sample is a batch of hundreds of reads) per re-read, against innerText's CPU time per call in the same
   * sample. CPU time, not wall time: on these shared cores a preempted read's wall time counts the other jobs'
   * time (the wall-clock ratios moved ±40 % between runs of the same code). The frame's main thread, not the read's
   * own stretches: it also counts what the stretches' clock misses (garbage collection of the read's objects,
   * the binding's message, the awaited rounds' tasks), and, with the reading page in its own renderer, none of
   * the reading page's work. After a switch, each read is timed alone (fourteenth session): the thread's CPU time in
   * nanoseconds (its schedstat) read from Node before and after the read, while the page waits on the mark, less the
   * same two marks around a wait as long as each read took, with no read (a batch of switches without reads, in the
   * same sample): a read waits for the reading page, and whatever the page does on its own meanwhile (the switch's
   * later tasks: its frame's feedback, timers, its garbage) lands between the marks; a wait of ~30 ms with no read
   * held 0.09-0.13× (seventeenth session). The marks with nothing between them are the fourteenth session's baseline,
   * still printed. The style and
   * layout a switch forces are the page's own frame's, paid with or without a reader, and fall outside the spans:
   * subtracting them from the batch instead (the thirteenth session's figure, still printed) left a difference of two
   * numbers ~4× innerText each, whose samples spread from below zero to over 1×. The messages' hops to the
   * reading page and back (a BroadcastChannel's structured clone across processes, where the product has runtime
   * messaging's) are the frame's cost and stay in; one hop is timed alone and shown (info). What the renderer spends
   * with no read at all (timed over an idle second each sample) is taken out in proportion to each batch's wall time.
   */
  const cpuFigures = async (mirror) => {
    const s = { floor: [], again: [], asked: [], ratioAsked: [], switched: [], layout: [], hop: [], idle: [], ratioAgain: [], ratioSwitched: [], spans: [], ratioSpans: [], marks: [], waits: [], ratioWaited: [] };
    for (let i = 0; i < CPU_SAMPLES; i++) {
      idleRate = 0;
      idleRate = await cpuPer('idle', 1000);
      s.idle.push(idleRate);
      const floor = await cpuPer('floor', 100);
      const hop = await cpuPer('hop', 300, Math.round(mirror.asked.bytes / mirror.asked.messages));
      const again = await cpuPer('again', 300);
      const asked = await cpuPer('again', 300, true);
      const switched = await cpuAndSpans('switched', 150);
      const layout = await cpuAndSpans('switched', 150, 'marks');
      const waited = await cpuAndSpans('switched', 150, 'wait');
      s.floor.push(floor);
      s.hop.push(hop);
      s.again.push(again);
      s.asked.push(asked);
      s.ratioAsked.push(asked / floor);
      s.switched.push(switched.cpu - layout.cpu);
      s.layout.push(layout.cpu);
      s.ratioAgain.push(again / floor);
      s.ratioSwitched.push((switched.cpu - layout.cpu) / floor);
      // The marks' own cost (the binding there and back) is what the spans of the batch without reads hold.
      s.spans.push(switched.spans - layout.spans);
      s.marks.push(layout.spans);
      s.ratioSpans.push((switched.spans - layout.spans) / floor);
      s.waits.push(waited.spans - layout.spans);
      s.ratioWaited.push((switched.spans - waited.spans) / floor);
    }
    await page.evaluate(() => globalThis.benchCpu.done());
    const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { ...Object.fromEntries(Object.entries(s).map(([k, xs]) => [k, median(xs)])), all: s };
  };
  const cpuLine = (label, value, floor, ratio, ratios, target) => {
    const ok = ratio <= target;
    if (!ok) failures.push(label);
    console.log(`${label.padEnd(40)} frame main thread, CPU ${f(value).padStart(6)} ms ${x(ratio).padStart(7)} (innerText CPU ${floor.toFixed(2)} ms)   samples ${ratios.map((r) => r.toFixed(3)).join(', ')}   target ≤ ${target}×   ${ok ? 'ok' : 'MISSED'}`);
  };
  const readingPid = (await busiest(() => page.evaluate(() => globalThis.benchSpin(300)))).pid;
  const apart = readingPid !== framePid;
  if (!apart) failures.push('reading page in the frame\'s renderer');
  console.log(`frame: renderer ${framePid}; reading page: renderer ${readingPid} (${apart ? 'its own' : 'THE SAME: frame figures include the reading page'}); load ${load()}`);
  for (const [path, url, target] of [['generic', GENERIC_URL, 0.3], ['adapter', ADAPTER_URL, 0.05]]) {
    const mirror = await mirrorFigures(url);
    const cpu = await cpuFigures(mirror);
    console.log(`-- a frame's read, ${path} path (issue 9: ≤ ${target}× innerText; judged in CPU time, wall-clock lines are info) --`);
    cpuLine(`frame, re-read, no change, ${path}`, cpu.again, cpu.floor, cpu.ratioAgain, cpu.all.ratioAgain, target);
    console.log(`${'  the same, asked (context/request)'.padEnd(40)} frame main thread, CPU ${f(cpu.asked).padStart(6)} ms ${x(cpu.ratioAsked).padStart(7)}   samples ${cpu.all.ratioAsked.map((r) => r.toFixed(3)).join(', ')}   (info: always reports; once per load in the product)`);
    cpuLine(`frame, re-read, new patient, ${path}`, cpu.spans - cpu.waits, cpu.floor, cpu.ratioWaited, cpu.all.ratioWaited, target);
    console.log(`${'  the page on its own for as long (out)'.padEnd(40)} frame main thread, CPU ${f(cpu.waits).padStart(6)} ms ${x(cpu.waits / cpu.floor).padStart(7)}   (info: the switch's own later tasks, timers and garbage in a wait as long as each read's, no read)`);
    console.log(`${'  the same, that left in'.padEnd(40)} frame main thread, CPU ${f(cpu.spans).padStart(6)} ms ${x(cpu.ratioSpans).padStart(7)}   samples ${cpu.all.ratioSpans.map((r) => r.toFixed(3)).join(', ')}   (info: the fourteenth session's judged figure)`);
    console.log(`${'  the same, batches minus the switches'.padEnd(40)} frame main thread, CPU ${f(cpu.switched).padStart(6)} ms ${x(cpu.ratioSwitched).padStart(7)}   samples ${cpu.all.ratioSwitched.map((r) => r.toFixed(3)).join(', ')}   (info: the thirteenth session's judged figure; counts the read's garbage collected later, and the switches' noise)`);
    console.log(`${'  the idle page (taken out, per wall ms)'.padEnd(40)} frame main thread, CPU ${(cpu.idle * 1000).toFixed(1).padStart(6)} ms per s   (info: its own timers and frames while a read waits)`);
    console.log(`${'  one message there and back (counted)'.padEnd(40)} frame main thread, CPU ${f(cpu.hop).padStart(6)} ms ${x(cpu.hop / cpu.floor).padStart(7)}   (info: the read's size, no work in the reading page)`);
    console.log(`${'  two marks alone (taken out of the spans)'.padEnd(40)} frame main thread, CPU ${f(cpu.marks).padStart(6)} ms ${x(cpu.marks / cpu.floor).padStart(7)}   (info: the binding to Node and back, twice)`);
    console.log(`${'  the switch alone (outside the spans)'.padEnd(40)} frame main thread, CPU ${f(cpu.layout).padStart(6)} ms ${x(cpu.layout / cpu.floor).padStart(7)}   (info: the page's own style, layout and frame)`);
    frameLine('frame, first read (page whole)', mirror.first, 'once per document');
    frameLine(`frame, re-read, no change, ${path}`, mirror.again, 'wall-clock stretches; judged in CPU time above');
    frameLine(`  the same, asked, ${path}`, mirror.asked, 'wall-clock stretches; always reports');
    frameLine(`frame, re-read, new patient (page rendered), ${path}`, mirror.switched, 'wall-clock stretches; judged in CPU time above');
    frameLine('  the same, read before the page rendered', mirror.switchedAtOnce, 'the switch\'s style + layout land in the read');
    frameLine('live read of the same switch (no split)', mirror.liveSwitched, 'as a frame read before the split');
    frameLine('style + layout the switch forces', mirror.layoutSwitched, "the page's frame's, before a read");
    readingLine('reading page, first read', mirror.first);
    readingLine('reading page, re-read, no change', mirror.again);
    readingLine('reading page, re-read, new patient', mirror.switched);
    const switchedSame = JSON.stringify(mirror.switchedNames.sort()) === JSON.stringify(mirror.liveSwitchedNames.sort());
    console.log(`mirror readings as the live read: ${mirror.same ? 'yes' : 'NO'}; across the switches: ${mirror.switchedNames.join(' / ')} (live: ${switchedSame ? 'same' : mirror.liveSwitchedNames.join(' / ')})`);
    if (!mirror.same || !switchedSame) failures.push(`mirror reading, ${path}`);
  }

  // Mutation storm: the content reader (throttled like the real content script) with a fake report.
  const storm = await page.evaluate(async ({ url }) => {
    const reads = [];
    const slices = [];
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    const win = { location: { href: url }, addEventListener: () => {}, removeEventListener: () => {} };
    // Each read is time-sliced: every slice is a task of its own, and the longest one is what blocks the page.
    const reader = globalThis.RapportReader.startReader({
      doc: document,
      win,
      extract: (doc, href, options) => {
        reads.push(0);
        return globalThis.RapportExtract.extractClientContext(doc, href, { ...options, onSlice: (ms) => { slices.push(ms); options.onSlice?.(ms); } });
      },
      isAlive: () => true,
      report: async () => {},
    });
    // Settle the initial layout and read so neither counts as part of the storm.
    void document.body.offsetHeight;
    await new Promise((r) => setTimeout(r, 400));
    reads.length = 0;
    slices.length = 0;
    longTasks.length = 0;
    observer.observe({ type: 'longtask' });
    const stormEl = document.getElementById('storm');
    const nameCell = document.querySelector('#pt-header .pt-name b');
    const started = performance.now();
    let mutations = 0;
    await new Promise((resolve) => {
      const tick = () => {
        for (let i = 0; i < 24; i++) {
          const p = document.createElement('p');
          p.textContent = `event ${mutations}`;
          stormEl.append(p);
          mutations++;
        }
        // The banner changes too, so reads do real work and report.
        nameCell.textContent = mutations % 2 === 0 ? 'DOE, JANE M' : 'ROE, RICHARD';
        mutations++;
        if (mutations >= 1000) resolve();
        else setTimeout(tick, 45);
      };
      tick();
    });
    const elapsed = performance.now() - started;
    await new Promise((r) => setTimeout(r, 600));
    reader.stop();
    observer.disconnect();
    return { mutations, elapsed, reads: reads.length, longestRead: Math.max(0, ...slices), longTasks };
  }, { url: ADAPTER_URL });

  const perSecond = storm.reads / (storm.elapsed / 1000);
  const longestTask = Math.max(0, ...storm.longTasks);
  const longOk = storm.longestRead <= 50;
  const rateOk = perSecond <= 5;
  if (!longOk) failures.push('storm longest task');
  if (!rateOk) failures.push('storm re-extractions');
  console.log(`mutation storm: ${storm.mutations} mutations in ${(storm.elapsed / 1000).toFixed(2)} s`);
  console.log(`${'storm: longest reading slice'.padEnd(40)} ${storm.longestRead.toFixed(2).padStart(7)} ms   target: no task > 50 ms   ${longOk ? 'ok' : 'MISSED'}`);
  // Long tasks cover the whole page (the storm's own DOM work and layout too), so they are shown, not judged.
  console.log(`${'storm: page long tasks (info)'.padEnd(40)} ${String(storm.longTasks.length).padStart(7)}      longest ${longestTask.toFixed(0)} ms (page-wide, includes the storm's own work)`);
  console.log(`${'storm: re-extractions per second'.padEnd(40)} ${perSecond.toFixed(2).padStart(7)} /s   (${storm.reads} reads)   target ≤ 5/s   ${rateOk ? 'ok' : 'MISSED'}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`missed: ${failures.join(', ')}`);
  process.exitCode = 1;
}
