// node tests/bench/frame-cpu.mjs [adapter|generic]: a frame's re-read of the unchanged bench chart against one
// document.body.innerText, in CPU time (Linux: the renderer main thread's utime + stime from /proc), not wall time.
// run.mjs's wall-time ratios move ±40 % when other jobs share the cores (a preempted 0.15 ms read counts the
// preemption); CPU time does not count it, so this is the figure to compare code against code (docs/reader-split.md,
// twelfth session). Frame side only. The judged row is the product's unchanged re-read: one the frame makes on its own
// (a panel's timer, an event), whose first message would change nothing the reading page holds, so it sends nothing
// (src/content/frame-read.ts; fifteenth session). "Asked" is a read that answers context/request (once per load):
// its first message taken and turned into JSON text, as it is sent (the verdicts last asked, answered up front; no
// second round on an unchanged page), the hop not counted.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { bundleForPage } from './bundle.mjs';
import { ehrPageHtml } from './page.mjs';
import { rendererMains, cpuMs } from './renderer-cpu.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const URLS = { adapter: 'http://127.0.0.1:8765/classic/chart/1', generic: 'https://cis.example.org/chart.aspx?pid=1' };
const path = process.argv[2] === 'generic' ? 'generic' : 'adapter';
const REPEATS = 5;
const READS = 3000;
const FLOORS = 300;

const bundles = await bundleForPage({ RapportSplit: 'tests/e2e/snapshot-page.ts', RapportFrame: 'tests/bench/frame-page.ts' }, { define: { __DEMO_ADAPTERS__: 'true' } });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });


try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(ehrPageHtml());
  await page.addScriptTag({ path: bundles.RapportSplit });
  await page.addScriptTag({ path: bundles.RapportFrame });
  await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
  await page.evaluate(async (url) => {
    const frame = globalThis.RapportFrame.frameReader(async () => (url.includes('8765') ? ['demo-classic'] : []));
    const reader = globalThis.RapportSplit.mirrorReader(url);
    const send = async (raw) => {
      const part = JSON.parse(JSON.stringify(raw));
      reader.apply(part);
      return reader.read(part);
    };
    // Whole reads (the reading page's rounds too) until the frame knows what the rules ask about.
    const options = { key: url, quiet: true };
    for (let i = 0; i < 20; i++) await frame.send(await frame.extract(document, url, {}), send, { ...options, quiet: false });
    globalThis.sent = 0;
    const counted = (raw) => (globalThis.sent++, send(raw));
    globalThis.frameRead = async () => frame.send(await frame.extract(document, url, {}), counted, options);
    globalThis.askedRead = async () => {
      const read = await frame.extract(document, url, {});
      void JSON.stringify(read.part).length;
      read.sender.sent();
    };
    // A scroll event tells the sender the page may look different: no quiet read, so every read looks at everything.
    globalThis.fullRead = () => {
      window.dispatchEvent(new Event('scroll'));
      return globalThis.frameRead();
    };
  }, URLS[path]);

  const mains = rendererMains();
  /** CPU milliseconds the page spends on `n` calls of `what`, per call (the busiest renderer: the chart's). */
  const cpuPer = async (what, n) => {
    const before = mains.map(cpuMs);
    await page.evaluate(async ([what, n]) => {
      if (what === 'innerText') for (let i = 0; i < n; i++) void document.body.innerText.length;
      else for (let i = 0; i < n; i++) await globalThis[what]();
    }, [what, n]);
    return Math.max(...mains.map((pid, i) => cpuMs(pid) - before[i])) / n;
  };
  const rows = { 'innerText (ms CPU)': [], 're-read, no change (µs CPU)': [], ratio: [], 'every read full (µs CPU)': [], 'ratio, every read full': [], 'asked (µs CPU)': [], 'ratio, asked': [] };
  for (let r = 0; r < REPEATS; r++) {
    const floor = await cpuPer('innerText', FLOORS);
    const again = await cpuPer('frameRead', READS);
    const full = await cpuPer('fullRead', READS);
    const asked = await cpuPer('askedRead', READS);
    rows['innerText (ms CPU)'].push(floor);
    rows['re-read, no change (µs CPU)'].push(again * 1000);
    rows.ratio.push(again / floor);
    rows['every read full (µs CPU)'].push(full * 1000);
    rows['ratio, every read full'].push(full / floor);
    rows['asked (µs CPU)'].push(asked * 1000);
    rows['ratio, asked'].push(asked / floor);
  }
  // The unchanged page's own reads sent nothing (each message would be the reading page's work, in this renderer).
  const sent = await page.evaluate(() => globalThis.sent);
  if (sent) throw new Error(`${sent} of the frame's own reads of the unchanged page sent a message`);
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`frame re-read of the unchanged bench chart, ${path} path, CPU time (${REPEATS} repeats; load ${load})`);
  for (const [label, xs] of Object.entries(rows)) console.log(`${label.padEnd(30)} median ${median(xs).toFixed(label.startsWith('ratio') ? 4 : 2).padStart(8)}   [${xs.map((x) => x.toFixed(label.startsWith('ratio') ? 4 : 1)).join(', ')}]`);
} finally {
  await browser.close();
}
