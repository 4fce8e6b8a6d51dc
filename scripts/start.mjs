// `npm start`: build, serve the demo EHR on 127.0.0.1, and open Chromium with Rapport loaded on it.
// `npm start -- --screenshot DIR`: open the demo chart headless, save PNGs of the page and of the
// side panel into DIR, and exit.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildTargets } from './build.mjs';
import { startDemoServer } from '../demo/server.mjs';

const { values } = parseArgs({
  options: {
    screenshot: { type: 'string' },
    port: { type: 'string', default: '8765' },
    'no-build': { type: 'boolean', default: false },
  },
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extension = resolve('dist/chrome-demo');

if (!values['no-build']) await buildTargets(['chrome-demo'], { quiet: true });
const demo = await startDemoServer({ port: Number(values.port) });
console.log(`Demo EHR: ${demo.url}`);

function launch(headless) {
  return mkdtemp(join(tmpdir(), 'rapport-start-')).then((profile) =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless,
      viewport: headless ? { width: 1280, height: 860 } : null,
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        '--no-sandbox',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    }),
  );
}

async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

if (values.screenshot) {
  const dir = resolve(values.screenshot);
  await mkdir(dir, { recursive: true });
  const context = await launch(true);
  const extensionId = await extensionIdOf(context);
  const chart = await context.newPage();
  await chart.goto(new URL("/classic/chart/1", demo.url).href);
  await chart.screenshot({ path: join(dir, 'demo-chart.png') });
  const worker = context.serviceWorkers()[0];
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, chart.url());
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 860 });
  await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tabId=${tabId}`);
  await panel.getByTestId('client-name').waitFor();
  await panel.screenshot({ path: join(dir, 'side-panel.png') });
  console.log(`Saved ${join(dir, 'demo-chart.png')} and ${join(dir, 'side-panel.png')}`);
  await context.close();
  await demo.close();
} else if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display found, so no browser window was opened. The demo EHR keeps serving at ${demo.url}.
To try Rapport by hand, load the unpacked extension into Chromium or Chrome:
  1. open chrome://extensions and turn on "Developer mode";
  2. "Load unpacked" and choose ${extension};
  3. open ${demo.url}classic/chart/1 and click the Rapport toolbar button.
Press Ctrl+C to stop.`);
} else {
  if (!existsSync(CHROMIUM)) console.warn(`Chromium not found at ${CHROMIUM}: set CHROMIUM_PATH.`);
  const context = await launch(false);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demo.url);
  console.log('Chromium is open with Rapport loaded. Close the browser or press Ctrl+C to stop.');
  context.on('close', async () => {
    await demo.close();
    process.exit(0);
  });
}
