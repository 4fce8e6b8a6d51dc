import { seriousViolations } from './axe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium } from 'playwright-core';
import { freePort, launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';

let DEBUG_PORT = 0;

let browser: ExtensionBrowser;
let demo: DemoServer;
const [jane, jose] = makePatients();

beforeAll(async () => {
  demo = await startDemoServer();
  DEBUG_PORT = await freePort();
  browser = await launchWithExtension('dist/chrome-demo', { remoteDebuggingPort: DEBUG_PORT });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the real side panel', () => {
  test('opens from a click in an extension page and follows tab switches', async () => {
    const { page: janeTab, tabId: janeTabId } = await browser.openTab(demo.page(`/classic/chart/${jane!.id}`));
    const { page: joseTab } = await browser.openTab(demo.page(`/app/patient/${jose!.id}`));
    const launcher = await browser.openPanel(janeTabId);
    await launcher.getByTestId('panel-menu').click();
    await launcher.getByTestId('open-side-panel').click();

    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${DEBUG_PORT}`);
    const panelUrl = `chrome-extension://${browser.extensionId}/src/sidepanel/index.html`;
    const findPanel = () =>
      cdp
        .contexts()
        .flatMap((context) => context.pages())
        .find((page) => page.url() === panelUrl);
    await expect.poll(() => findPanel() !== undefined, { timeout: 10_000 }).toBe(true);
    const sidePanel = findPanel()!;

    await janeTab.bringToFront();
    await expect.poll(() => sidePanel.getByTestId('client-mrn').textContent()).toBe(jane!.mrn);
    await joseTab.bringToFront();
    await expect.poll(() => sidePanel.getByTestId('client-mrn').textContent()).toBe(jose!.mrn);
    await cdp.close();
  });
});

describe('accessibility', () => {
  test('axe finds no serious or critical violation on the panel, with a client and without', async () => {
    const { page: chart, tabId } = await browser.openTab(demo.page(`/classic/chart/${jane!.id}`));
    const panel = await browser.openPanel(tabId);
    await panel.getByTestId('client-name').waitFor().catch(async (error) => {
      throw new Error(`${error}\npanel shows: ${await panel.locator('body').innerText()}`);
    });
    // Only seen: what was read and "Add to my caseload"; with "Site setup" open, the reader's table too.
    await panel.getByTestId('seen-client').waitFor();
    await panel.getByTestId('panel-menu').click();
    await panel.getByTestId('menu-site-setup').click();
    await panel.getByTestId('seen-read-from-page').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByTestId('panel-menu').click();
    await panel.getByTestId('menu-site-setup').click();
    await addToCaseload(panel);
    await panel.getByTestId('read-from-page').locator('summary').click();
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('log-contact-dialog').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);

    await chart.goto(demo.page(`/classic/`));
    await panel.getByTestId('no-client').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test('the panel can be used from the keyboard alone', async () => {
    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jose!.id}`));
    const panel = await browser.openPanel(tabId);
    await panel.getByTestId('enrol-client').focus();
    await panel.keyboard.press('Enter');
    await panel.getByTestId('cadence-status').waitFor();
    await panel.getByTestId('log-contact').focus();
    await panel.keyboard.press('Enter');
    // The dialog moves focus to its first field once it is open, after its buttons are already there: a keyboard user
    // starts from that field, and a Tab to the save button pressed before it would be taken back (1 run in 6 failed).
    await expect.poll(() => panel.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    await panel.getByTestId('log-contact-save').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
  });
});
