// node tests/bench/frame-switch.mjs [adapter|generic] [reads]: where a frame's read after a patient switch goes (the
// bench chart's banner replaced, the page rendered, then one read), from a CPU profile of the frame's functions
// (inclusive and self time per read, µs; sampled on wall time, so a loaded machine's waits land in what was running).
// CPU=n: instead, n samples of the read's own CPU time (the renderer main thread's schedstat, marked before and after
// each read, less the marks around a wait as long as each read, no read: run.mjs's baseline) against innerText's:
// run.mjs's judged figure, frame side only, in ~20 s. The reading page runs in a renderer of its own, over a
// BroadcastChannel, as in run.mjs.
import { chromium } from 'playwright-core';
import { bundleForPage } from './bundle.mjs';
import { ehrPageHtml } from './page.mjs';
import { rendererMains, cpuNs } from './renderer-cpu.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const URLS = { adapter: 'http://127.0.0.1:8765/classic/chart/1', generic: 'https://cis.example.org/chart.aspx?pid=1' };
const path = process.argv[2] === 'generic' ? 'generic' : 'adapter';
const READS = Number(process.argv[3] ?? 300);

const bundles = await bundleForPage({ RapportSplit: 'tests/e2e/snapshot-page.ts', RapportFrame: 'tests/bench/frame-page.ts' }, { define: { __DEMO_ADAPTERS__: 'true' } });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  // The reading page in a renderer of its own (as run.mjs): the frame's profile holds the frame's work alone.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('http://bench.test/**', (route) => route.fulfill({ contentType: 'text/html', body: route.request().url().endsWith('/chart') ? ehrPageHtml() : '<!doctype html><title>reading page</title>' }));
  const reading = await context.newPage();
  await reading.goto('http://bench.test/reading');
  await reading.addScriptTag({ path: bundles.RapportSplit });
  await reading.evaluate((url) => {
    const reader = globalThis.RapportSplit.mirrorReader(url);
    const channel = new BroadcastChannel('bench-reading');
    channel.onmessage = async ({ data }) => {
      const part = JSON.parse(data.text);
      reader.apply(part);
      channel.postMessage({ id: data.id, reply: await reader.read(part) });
    };
  }, URLS[path]);
  const page = await context.newPage();
  await page.goto('http://bench.test/chart');
  await page.addScriptTag({ path: bundles.RapportFrame });
  await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
  await page.evaluate(async (url) => {
    const frame = globalThis.RapportFrame.frameReader(async () => (url.includes('8765') ? ['demo-classic'] : []));
    const channel = new BroadcastChannel('bench-reading');
    const waiting = new Map();
    let next = 0;
    channel.onmessage = ({ data }) => {
      waiting.get(data.id)?.(data.reply);
      waiting.delete(data.id);
    };
    const readingPage = (text) => new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      channel.postMessage({ id, text });
    });
    globalThis.bytes = [];
    const frameJson = (raw) => {
      const text = JSON.stringify(raw);
      globalThis.bytes.push(text.length);
      return text;
    };
    const send = async (raw) => readingPage(frameJson(raw));
    for (let i = 0; i < 20; i++) await frame.send(await frame.extract(document, url, {}), send, { key: url, quiet: false });
    const header = document.getElementById('pt-header');
    const other = header.cloneNode(true);
    other.querySelector('.pt-name b').textContent = 'ROE, RICHARD';
    other.querySelectorAll('td.val')[1].textContent = 'MRN-200777';
    let shown = header;
    const rendered = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    globalThis.names = new Set();
    // `mode`: 'read'; 'wait' (no read: a wait as long as each read of the last batch took, as run.mjs's baseline).
    globalThis.cpuSwitched = async (n, mode) => {
      let spans = 0;
      const walls = mode === 'read' ? (globalThis.walls = []) : globalThis.walls;
      for (let i = 0; i < n; i++) {
        const next = shown === header ? other : header;
        shown.replaceWith(next);
        shown = next;
        await rendered();
        const before = await globalThis.mark();
        const t = performance.now();
        if (mode === 'read') {
          await frame.send(await frame.extract(document, url, {}), send, { key: url, quiet: true });
          walls.push(performance.now() - t);
        } else await new Promise((resolve) => setTimeout(resolve, walls[i % walls.length]));
        spans += (await globalThis.mark()) - before;
      }
      return spans / n / 1e6;
    };
    globalThis.floorCpu = async (n) => {
      const before = await globalThis.mark();
      for (let i = 0; i < n; i++) void document.body.innerText.length;
      return ((await globalThis.mark()) - before) / n / 1e6;
    };
    globalThis.switched = async (n) => {
      for (let i = 0; i < n; i++) {
        const next = shown === header ? other : header;
        shown.replaceWith(next);
        shown = next;
        await rendered();
        const answer = await frame.send(await frame.extract(document, url, {}), send, { key: url, quiet: true });
        globalThis.names.add(answer?.context?.name);
      }
    };
    await globalThis.switched(40);
    globalThis.bytes = [];
  }, URLS[path]);
  if (process.env.CPU) {
    const pids = rendererMains();
    // The chart's renderer: the busiest while innerText runs.
    const before = pids.map(cpuNs);
    await page.evaluate(() => { for (let i = 0; i < 50; i++) void document.body.innerText.length; });
    const spent = pids.map((pid, i) => cpuNs(pid) - before[i]);
    const pid = pids[spent.indexOf(Math.max(...spent))];
    await page.exposeFunction('mark', () => cpuNs(pid));
    const ratios = [];
    for (let round = 0; round < Number(process.env.CPU); round++) {
      const floor = await page.evaluate(() => globalThis.floorCpu(30));
      const read = await page.evaluate((n) => globalThis.cpuSwitched(n, 'read'), READS);
      const marks = await page.evaluate((n) => globalThis.cpuSwitched(n, 'wait'), READS);
      ratios.push((read - marks) / floor);
      console.log(`floor ${floor.toFixed(2)} ms, read ${read.toFixed(3)} ms, marks around as long a wait ${marks.toFixed(3)} ms: ${((read - marks) / floor).toFixed(3)}x`);
    }
    const sorted = ratios.slice().sort((a, b) => a - b);
    console.log(`median ${sorted[Math.floor(sorted.length / 2)].toFixed(3)}x [${sorted.map((r) => r.toFixed(3)).join(', ')}]`);
    process.exit(0);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate((n) => globalThis.switched(n), READS);
  const { profile } = await cdp.send('Profiler.stop');
  const { names, bytes } = await page.evaluate(() => ({ names: [...globalThis.names], bytes: globalThis.bytes }));
  // Inclusive time per function name (a name counted once per stack), from sample counts.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const incl = new Map();
  const self = new Map();
  for (const [id, t] of dt) {
    const seen = new Set();
    const leaf = byId.get(id);
    const leafName = `${leaf.callFrame.functionName || '(anon)'}:${leaf.callFrame.lineNumber}`;
    self.set(leafName, (self.get(leafName) ?? 0) + t);
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n).callFrame;
      const name = `${f.functionName || '(anon)'}:${f.lineNumber}`;
      if (seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) ?? 0) + t);
    }
  }
  const per = (t) => (t / READS).toFixed(1).padStart(8);
  console.log(`${path}: ${READS} switches, names ${names.join(' / ')}, bytes per message ${bytes.slice(0, 4).join(', ')}`);
  console.log('inclusive µs per read (top 45):');
  for (const [name, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${per(t)}  ${name}`);
  console.log('self µs per read (top 30):');
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${per(t)}  ${name}`);
} finally {
  await browser.close();
}
