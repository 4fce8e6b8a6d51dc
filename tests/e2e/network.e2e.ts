import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { makePatients, startDemoServer, type DemoServer } from './demo';

/**
 * The network guard (network-guard.ts) runs in every e2e file and fails it on any request an
 * extension context makes beyond its own files. Here it is shown to bite: the `chrome-leak-probe`
 * build (the demo build whose panel makes one planted image request, which only its CSP lets reach
 * loopback, plus a content script that fetches when the page asks) must be caught; the service
 * worker's fetch and WebSocket are refused by the CSP before anything leaves.
 */
let browser: ExtensionBrowser;
let demo: DemoServer;
let sink: Server;
let sinkPort = 0;
const hits: string[] = [];
const [jane] = makePatients();

beforeAll(async () => {
  await build({ mode: 'chrome-leak-probe', logLevel: 'warn', configFile: 'vite.config.ts' });
  sink = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  sinkPort = (sink.address() as AddressInfo).port;
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-leak-probe');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (sink) await new Promise((resolve) => sink.close(resolve));
});

describe('the network guard', () => {
  test('catches the planted request from the panel, even with a team-sync origin allowed on another port', async () => {
    browser.network.allowOrigin(`http://127.0.0.1:${sinkPort + 1}`);
    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane!.id}`));
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tabId=${tabId}&leakPort=${sinkPort}`);
    await expect.poll(() => hits.includes('/leak')).toBe(true);
    await expect.poll(() => browser.network.violations().length).toBeGreaterThan(0);
    const caught = browser.network.take();
    expect(caught).toEqual([
      { url: `http://127.0.0.1:${sinkPort}/leak`, from: 'extension-page', by: expect.stringContaining('/src/sidepanel/index.html') },
    ]);
    await panel.close();
  });

  test('the service worker cannot reach the network: the CSP refuses its fetch before anything leaves', async () => {
    // The guard attributes the worker's requests (request.serviceWorker()); its start-up module loads
    // show up as "service-worker" in the summary line when Playwright attached in time. A worker has
    // no other way out than fetch/WebSocket, which connect-src (https: only, for team sync) stops for
    // this plain-http sink: nothing reaches it.
    const worker = await browser.worker();
    const outcome = await worker.evaluate((url) => fetch(url).then(() => 'sent', (error) => String(error)), `http://127.0.0.1:${sinkPort}/worker`);
    expect(outcome).toContain('Failed to fetch');
    const socket = await worker.evaluate((url) => {
      try {
        new WebSocket(url);
        return 'opened';
      } catch (error) {
        return String(error);
      }
    }, `ws://127.0.0.1:${sinkPort}/socket`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits.filter((hit) => hit === '/worker' || hit === '/socket')).toEqual([]);
    expect(browser.network.violations()).toEqual([]);
    expect(socket).toBeTypeOf('string');
  });

  test('catches a request made by a content script, and not the page\'s own', async () => {
    const { page } = await browser.openTab(demo.page(`/classic/chart/${jane!.id}`));
    // The page's own requests (its CSS, its probe script) are not the extension's.
    await page.reload();
    await page.waitForLoadState();
    expect(browser.network.violations()).toEqual([]);
    // The probe build's second content script fetches when the page asks (tests/e2e/leak-probe/).
    await expect
      .poll(async () => {
        await page.evaluate((url) => document.dispatchEvent(new CustomEvent('rapport-leak-probe', { detail: url })), `http://127.0.0.1:${sinkPort}/content`);
        return hits.includes('/content');
      })
      .toBe(true);
    // A second ask may still be in flight: let it land before taking what was caught.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect.poll(() => browser.network.violations().map((v) => v.from)).toContain('content-script');
    const caught = browser.network.take();
    expect(caught.length).toBeGreaterThan(0);
    for (const v of caught) {
      expect(v).toEqual({
        url: `http://127.0.0.1:${sinkPort}/content`,
        from: 'content-script',
        by: `chrome-extension://${browser.extensionId}/tests/e2e/leak-probe/content-leak.js`,
      });
    }
    await page.close();
  });

  test('only the probe build widens the CSP, and only img-src to loopback', async () => {
    const { readFileSync } = await import('node:fs');
    const cspOf = (dist: string) => JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8')).content_security_policy.extension_pages as string;
    const shipped = cspOf('dist/chrome');
    expect(shipped).toContain("img-src 'self';");
    expect(cspOf('dist/chrome-demo')).toBe(shipped);
    expect(cspOf('dist/chrome-leak-probe')).toBe(shipped.replace("img-src 'self'", "img-src 'self' http://127.0.0.1:*"));
  });

  test('the real builds hold no planted request', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const dist of ['dist/chrome', 'dist/firefox', 'dist/chrome-demo']) {
      const js = readdirSync(`${dist}/assets`).filter((name) => name.endsWith('.js'));
      for (const name of js) expect(readFileSync(`${dist}/assets/${name}`, 'utf8')).not.toContain('leakPort');
    }
    const probe = readdirSync('dist/chrome-leak-probe/assets').filter((name) => name.endsWith('.js'));
    expect(probe.some((name) => readFileSync(`dist/chrome-leak-probe/assets/${name}`, 'utf8').includes('leakPort'))).toBe(true);
  });
});

/**
 * The probe build above widens img-src so that its planted request really leaves and the guard must
 * catch it; the store build must refuse every way a page could load a remote resource before the
 * request leaves.
 */
describe('the shipped CSP', () => {
  let store: ExtensionBrowser;
  beforeAll(async () => {
    store = await launchWithExtension('dist/chrome');
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  for (const [pageName, path] of [
    ['panel', 'src/sidepanel/index.html'],
    ['options page', 'src/options/index.html'],
  ] as const) {
    test(`the ${pageName} cannot load a remote image, style, frame, font or media: CSP refuses them before anything leaves`, async () => {
      const page = await store.context.newPage();
      const refusedOnLoad: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) refusedOnLoad.push(message.text());
      });
      await page.goto(`chrome-extension://${store.extensionId}/${path}`);
      await page.locator('#root > *').first().waitFor();
      // The page's own scripts, styles and rendering need nothing the CSP refuses.
      expect(refusedOnLoad).toEqual([]);
      const base = `http://127.0.0.1:${sinkPort}/csp-${pageName.replace(' ', '-')}`;
      const refused = await page.evaluate(async (url) => {
        const directives: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => directives.push(event.effectiveDirective));
        new Image().src = `${url}/image`;
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${url}/style` });
        const frame = Object.assign(document.createElement('iframe'), { src: `${url}/frame` });
        const audio = Object.assign(document.createElement('audio'), { src: `${url}/media` });
        document.head.append(link);
        document.body.append(frame, audio);
        const font = new FontFace('probe', `url(${url}/font)`);
        document.fonts.add(font);
        await font.load().catch(() => undefined);
        const deadline = Date.now() + 3000;
        while (directives.length < 5 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        return directives.sort();
      }, base);
      expect(refused).toEqual(['font-src', 'frame-src', 'img-src', 'media-src', 'style-src-elem']);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hits.filter((hit) => hit.startsWith('/csp-'))).toEqual([]);
      // The guard flags the attempts the CSP refused too (Chromium reports them as requests): any
      // code that reaches out fails a test even where the CSP already stops it.
      const attempted = store.network.take();
      expect(attempted.map((v) => v.url)).toContain(`${base}/image`);
      for (const v of attempted) expect(v).toEqual({ url: expect.stringContaining(base), from: 'extension-page', by: expect.stringContaining(path) });
      await page.close();
    });
  }
});
