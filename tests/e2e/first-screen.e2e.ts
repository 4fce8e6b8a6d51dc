import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { makePatients, startDemoServer, type DemoServer } from './demo';
import { seedDemoClient } from '../../demo/seed-panel.mjs';

/** The real side panel's size in Chrome at its default width. */
const PANEL = { width: 360, height: 765 };

let browser: ExtensionBrowser;
let demo: DemoServer;
let panel: Page;
const [jane] = makePatients();

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
  const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane!.id}`));
  panel = await browser.context.newPage();
  await panel.setViewportSize(PANEL);
  await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tabId=${tabId}`);
  await seedDemoClient(panel);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** The element is wholly inside the viewport, with nothing scrolled. */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element, height) => {
    const box = element.getBoundingClientRect();
    return window.scrollY === 0 && box.height > 0 && box.top >= 0 && box.bottom <= height;
  }, PANEL.height);
}

describe('the first screen at 360 × 765 answers who, how to reach, where things stand, what is owed, what next', () => {
  test('name, phone, last contact, the overdue callback and the next action fit without scrolling', async () => {
    await panel.evaluate(() => window.scrollTo(0, 0));
    for (const id of ['client-name', 'client-phone', 'last-contact', 'cadence-status', 'suggestion', 'log-contact']) {
      expect(await inFirstScreen(panel, `[data-testid="${id}"]`), id).toBe(true);
    }
    expect(await inFirstScreen(panel, '[data-testid="callback"][data-overdue="true"]')).toBe(true);
    expect(await panel.getByTestId('client-best-time').innerText()).toBe('call between 4 and 6 pm');
    expect(await panel.getByTestId('last-contact').getAttribute('data-days')).toBe('3');
    expect(await panel.getByTestId('last-contact-note').innerText()).toContain('Talked through the new inhaler');
    // Owed callbacks come before the suggestions.
    const owedTop = await panel.locator('[data-testid="callback"]').first().evaluate((e) => e.getBoundingClientRect().top);
    const nextTop = await panel.getByTestId('suggestion').first().evaluate((e) => e.getBoundingClientRect().top);
    expect(owedTop).toBeLessThan(nextTop);
  });

  test('body text is at least 14 px in the panel and on the options page', async () => {
    const size = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    expect(await size(panel)).toBeGreaterThanOrEqual(14);
    const smallest = await panel.evaluate(() =>
      Math.min(...[...document.querySelectorAll('p, li, span, label, button, summary')].filter((e) => (e as HTMLElement).offsetParent).map((e) => Number.parseFloat(getComputedStyle(e).fontSize))),
    );
    expect(smallest).toBeGreaterThanOrEqual(13);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByTestId('backup-section').waitFor();
    expect(await size(options)).toBeGreaterThanOrEqual(14);
    await options.close();
  });

  test('a form opens focused and in view, Escape closes it and gives focus back, disabled looks disabled', async () => {
    await panel.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.getByTestId('log-contact').click();
    const dialog = panel.getByTestId('log-contact-dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    const box = await dialog.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PANEL.height);
    expect(await panel.getByTestId('log-contact').evaluate((button) => Number(getComputedStyle(button).opacity))).toBeLessThan(0.7);
    await panel.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('log-contact');

    await panel.getByTestId('add-callback').click();
    const callbackDialog = panel.getByTestId('add-callback-dialog');
    await callbackDialog.waitFor();
    expect(await callbackDialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await panel.keyboard.press('Escape');
    await callbackDialog.waitFor({ state: 'detached' });
  });

  test('saving moves nothing: the notice sits in a fixed live region (layout shift ~0)', async () => {
    await panel.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: false });
    });
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('log-contact-save').click();
    await panel.getByTestId('undo').waitFor();
    await panel.getByTestId('quick-call').click();
    await expect.poll(() => panel.getByTestId('notice').innerText()).toContain('Jane');
    await panel.waitForTimeout(500);
    expect(await panel.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  });

  test('axe finds no serious or critical violation in light and in dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel), scheme).toEqual([]);
      await panel.locator('[data-section-id="stay"] > summary').click();
      await panel.locator('[data-section-id="timeline"] > summary').click();
      expect(await seriousViolations(panel), `${scheme}, sections open`).toEqual([]);
      await panel.locator('[data-section-id="stay"] > summary').click();
      await panel.locator('[data-section-id="timeline"] > summary').click();
    }
  });
});
