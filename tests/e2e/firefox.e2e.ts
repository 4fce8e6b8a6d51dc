import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Page } from 'puppeteer-core';
import { build } from 'vite';
import { makePatients, startDemoServer, type DemoServer } from './demo';
import { launchFirefox, until, type FirefoxWithExtension } from './firefox-driver';
import { RAW_CDA } from './raw-cda';

const WEB_EXT = 'node_modules/.bin/web-ext';
const run = promisify(execFile);
/** Firefox's sidebar opens about this wide: the panel must work from here up. */
const SIDEBAR_WIDTH = 250;

/** Extension pages in Firefox have the promise-based `browser` namespace natively. */
declare const browser: {
  tabs: {
    create(options: { url: string; active?: boolean }): Promise<{ id: number }>;
    update(tabId: number, options: { url?: string; active?: boolean }): Promise<unknown>;
  };
  action: { getBadgeText(details: object): Promise<string> };
};

describe('Firefox', () => {
  /**
   * web-ext lint's report, begun with the file: its ~8 s of CPU took 42-82 s of wall time on the loaded 2-core machine,
   * which the Firefox tests below spend waiting on their browser anyway. Its test comes last.
   */
  let linted: Promise<{ stdout: string }>;
  beforeAll(() => {
    // An error found exits non-zero: the report on stdout says which.
    linted = run(WEB_EXT, ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' })
      .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  });

  test('the Firefox manifest has a sidebar and background scripts, and no Chrome-only keys', () => {
    const manifest = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('src/sidepanel/index.html');
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  describe('the demo build in firefox-esr, driven over WebDriver BiDi', () => {
    const patients = makePatients();
    const jane = patients.find((patient) => patient.mrn === 'MRN-100234')!;
    const jose = patients.find((patient) => patient.mrn === 'MRN-100318')!;
    let demo: DemoServer;
    let firefox: FirefoxWithExtension;
    /** An extension tab to call the extension's APIs from, as the panel itself would. */
    let home: Page;

    beforeAll(async () => {
      // The store build reads no site until the user grants it; the demo build reads the demo EHR.
      await build({ mode: 'firefox-demo', logLevel: 'warn', configFile: 'vite.config.ts' });
      demo = await startDemoServer();
      firefox = await launchFirefox('dist/firefox-demo');
      home = await firefox.openExtensionPage('src/options/index.html');
    }, 120_000);
    afterAll(async () => {
      await firefox?.close();
      await demo?.close();
    });

    const openChart = (path: string) =>
      home.evaluate((url) => browser.tabs.create({ url, active: false }).then((tab) => tab.id), demo.page(path));
    const text = (page: Page, testId: string) =>
      page.$eval(`[data-testid="${testId}"]`, (element) => element.textContent).catch(() => null);
    const attribute = (page: Page, testId: string, name: string) =>
      page.$eval(`[data-testid="${testId}"]`, (element, name) => element.getAttribute(name), name).catch(() => null);
    /** Clicks as a person would: the button in mid-view, clear of the notices fixed at the bottom. */
    async function press(page: Page, testId: string): Promise<void> {
      const button = await page.waitForSelector(`[data-testid="${testId}"]`, { visible: true });
      await button!.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      // A click lands where the button is: in a short panel a notice fixed at the bottom (its Undo) may still cover
      // it, as it would a person's pointer, who waits for it to go.
      await until(() =>
        button!.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return hit !== null && element.contains(hit);
        }),
      );
      await button!.click();
    }
    const badge = () => home.evaluate(() => browser.action.getBadgeText({}));

    async function openPanel(query: string): Promise<Page> {
      const panel = await firefox.openExtensionPage(`src/sidepanel/index.html${query}`);
      await panel.setViewport({ width: SIDEBAR_WIDTH, height: 765 });
      return panel;
    }

    test('the panel shows the client of a chart tab and follows that tab to another chart', async () => {
      const tabId = await openChart(`/classic/chart/${jane.id}`);
      const panel = await openPanel(`?tabId=${tabId}`);
      await until(async () => (await text(panel, 'client-name')) === 'Jane M. Doe');
      expect(await text(panel, 'client-mrn')).toBe(jane.mrn);
      // The content script's own round trip to the background reached the page too.
      expect((demo.probes as { kind: string }[]).some((probe) => probe.kind === 'ack')).toBe(true);

      await home.evaluate((id, url) => browser.tabs.update(id, { url }), tabId, demo.page(`/classic/chart/${jose.id}`));
      await until(async () => (await text(panel, 'client-mrn')) === jose.mrn);
      await panel.close();
    });

    test('a panel bound to no tab follows the active tab from one chart to another', async () => {
      const janeTab = await openChart(`/classic/chart/${jane.id}`);
      const joseTab = await openChart(`/classic/chart/${jose.id}`);
      const panel = await openPanel('');
      await home.evaluate((id) => browser.tabs.update(id, { active: true }), janeTab);
      await until(async () => (await text(panel, 'client-mrn')) === jane.mrn);
      await home.evaluate((id) => browser.tabs.update(id, { active: true }), joseTab);
      await until(async () => (await text(panel, 'client-mrn')) === jose.mrn);
      await panel.close();
    });

    test('the panel shows the patient of a C-CDA file opened raw, in Firefox\'s XML viewer', async () => {
      // Firefox pretty-prints an XML file with no stylesheet in a view of its own and keeps the
      // ClinicalDocument as the document: the patient, not the guardian or the author beside her.
      const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(RAW_CDA));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      try {
        const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/docs/summary.xml`;
        const tabId = await home.evaluate((address) => browser.tabs.create({ url: address, active: false }).then((tab) => tab.id), url);
        const panel = await openPanel(`?tabId=${tabId}`);
        await until(async () => (await text(panel, 'client-name')) === 'Oluwaseun Adebayo', 15_000);
        expect(await text(panel, 'client-mrn')).toBe('00459821');
        await panel.close();
      } finally {
        await new Promise((done) => server.close(done));
      }
    });

    test('at 250 px wide: a contact is logged, an overdue callback reaches the badge, and nothing overflows', async () => {
      const tabId = await openChart(`/classic/chart/${jane.id}`);
      const panel = await openPanel(`?tabId=${tabId}`);
      await until(async () => (await text(panel, 'client-name')) === 'Jane M. Doe');

      // Only seen: one button, "Add to my caseload", before anything can be done for her.
      await panel.waitForSelector('[data-testid="seen-client"]');
      expect(await panel.$$eval('article.client button', (buttons) => buttons.map((button) => button.getAttribute('data-testid')))).toEqual(['enrol-client']);
      await press(panel, 'enrol-client');
      await panel.waitForSelector('[data-testid="cadence-status"]');
      await press(panel, 'log-contact');
      await press(panel, 'log-contact-save');
      await until(async () => (await attribute(panel, 'last-contact', 'data-days')) === '0');

      expect(await badge()).toBe('');
      await press(panel, 'add-callback');
      await panel.waitForSelector('[data-testid="callback-due"]', { visible: true });
      await panel.locator('[data-testid="callback-due"]').fill('2020-01-01T09:00');
      await press(panel, 'callback-save');
      await until(async () => (await attribute(panel, 'callback', 'data-overdue')) === 'true');
      await until(async () => (await badge()) === '1');

      const layout = await panel.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        headerOverlaps: [...document.querySelectorAll<HTMLElement>('.panel-header button')].flatMap((a, index, all) =>
          all.slice(index + 1).filter((b) => {
            const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
            return ra.width > 0 && rb.width > 0 && ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom;
          }).map((b) => `${a.textContent} × ${b.textContent}`),
        ),
        search: document.querySelector<HTMLElement>('[data-testid="client-search"]')!.getBoundingClientRect().width,
        overflowing: [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((element) => `${element.dataset.testid ?? element.className ?? element.tagName} "${element.textContent?.slice(0, 40)}" ${Math.round(element.getBoundingClientRect().left)}-${Math.round(element.getBoundingClientRect().right)}`),
      }));
      mkdirSync('artifacts', { recursive: true });
      await panel.screenshot({ path: 'artifacts/firefox-panel-250.png', fullPage: true });
      expect(layout.overflowing).toEqual([]);
      expect(layout.headerOverlaps).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(SIDEBAR_WIDTH);
      expect(layout.search).toBeGreaterThanOrEqual(120);
      await panel.close();
    });
  });

  // It makes no claim about time: the deadline only ends a hung linter.
  test('the store build passes web-ext lint with no errors', async () => {
    const report = JSON.parse((await linted).stdout) as { errors: unknown[]; summary: { errors: number } };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 300_000);
});
