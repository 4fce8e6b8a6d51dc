// `npm start`: build, serve the demo EHR on 127.0.0.1, and open Chromium with Rapport loaded on it.
//   --port N        serve the demo on port N (default 8765)
//   --no-build      use the dist/chrome-demo already built
//   --screenshot DIR  open the demo headless, save PNGs of the chart, the real side panel at
//                   360 × 765 (first screen and caseload, light and dark) and the options page into
//                   DIR, and exit
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildTargets } from './build.mjs';
import { startDemoServer } from '../demo/server.mjs';
import { seedDemoClient } from '../demo/seed-panel.mjs';

const USAGE = 'Usage: npm start -- [--port N] [--no-build] [--screenshot DIR]';

function options() {
  try {
    const { values } = parseArgs({
      options: {
        screenshot: { type: 'string' },
        port: { type: 'string', default: '8765' },
        'no-build': { type: 'boolean', default: false },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port wants a number from 0 to 65535, not "${values.port}"`);
    return { ...values, port };
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extension = resolve('dist/chrome-demo');
/** The side panel's size in Chrome at its default width on a 1366 × 768 screen. */
const PANEL = { width: 360, height: 765 };

if (!values['no-build']) await buildTargets(['chrome-demo'], { quiet: true });
else if (!existsSync(join(extension, 'manifest.json'))) {
  console.error(`--no-build: there is no build in ${extension}. Run "npm run build" first.`);
  process.exit(1);
}

async function serveDemo(port) {
  try {
    return await startDemoServer({ port });
  } catch (error) {
    if (error?.code === 'EADDRINUSE') {
      console.error(`Port ${port} is already in use (another "npm start"?). Choose another: npm start -- --port ${port + 1}`);
      process.exit(1);
    }
    throw error;
  }
}

const demo = await serveDemo(values.port);
console.log(`Demo EHR: ${demo.url}`);

async function launch(headless) {
  const profile = await mkdtemp(join(tmpdir(), 'rapport-start-'));
  const context = await chromium.launchPersistentContext(profile, {
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
  });
  // The browser may still be writing its profile as it closes: retry, and never fail the run for it.
  context.on('close', () => void rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined));
  return context;
}

async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

async function screenshots(dir) {
  await mkdir(dir, { recursive: true });
  const context = await launch(true);
  const extensionId = await extensionIdOf(context);
  const chart = await context.newPage();
  await chart.goto(new URL('/classic/chart/1', demo.url).href);
  await chart.screenshot({ path: join(dir, 'demo-chart.png') });
  const worker = context.serviceWorkers()[0];
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, chart.url());
  const panel = await context.newPage();
  await panel.setViewportSize(PANEL);
  await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tabId=${tabId}`);
  const saved = [];
  const shoot = async (page, name) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(dir, name) });
    saved.push(name);
  };
  // A chart opened for the first time: only seen, one click from the caseload.
  await panel.getByTestId('seen-client').waitFor();
  for (const scheme of ['light', 'dark']) {
    await panel.emulateMedia({ colorScheme: scheme });
    await shoot(panel, `seen-client-${scheme}.png`);
  }
  await seedDemoClient(panel);
  for (const scheme of ['light', 'dark']) {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.getByTestId('view-client').click();
    await panel.getByTestId('client-name').waitFor();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shoot(panel, `side-panel-${scheme}.png`);
    await panel.getByTestId('view-caseload').click();
    await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor();
    await shoot(panel, `caseload-${scheme}.png`);
  }
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByTestId('backup-section').waitFor();
  await shoot(options, 'options.png');
  console.log(`Saved into ${dir}: demo-chart.png, ${saved.join(', ')}`);
  await context.close();
}

if (values.screenshot) {
  await screenshots(resolve(values.screenshot));
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
