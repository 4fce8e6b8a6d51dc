import { seriousViolations } from './axe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';


let browser: ExtensionBrowser;
let demo: DemoServer;
const patients = makePatients();
const byMrn = (mrn: string) => patients.find((patient) => patient.mrn === mrn)!;
const jane = byMrn('MRN-100234'); // inpatient, discharge expected tomorrow
const jose = byMrn('MRN-100318'); // inpatient
const ana = byMrn('MRN-100623'); // inpatient
const maryKate = byMrn('MRN-100402'); // discharged two days ago
const hoang = byMrn('MRN-101523'); // inpatient, discharge expected tomorrow
/** The real side panel's size in Chrome at its default width. */
const PANEL = { width: 360, height: 765 };

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** A chart and its panel, the client on the caseload (added the first time, as a user would). */
async function openChart(path: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const { page, tabId } = await browser.openTab(demo.page(path));
  const panel = await browser.openPanel(tabId);
  await addToCaseload(panel);
  return { page, panel, tabId };
}

const suggestion = (panel: Page, rule: string) => panel.locator(`[data-testid="suggestion"][data-rule="${rule}"]`);

/** The next best action shows first; the others are one click away. */
async function showAllSuggestions(panel: Page): Promise<void> {
  const more = panel.getByTestId('more-suggestions');
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
}

/** A calendar date as the panel shows it: medium style, in the browser's language. */
const shownDate = (panel: Page, date: string) =>
  panel.evaluate((iso) => new Intl.DateTimeFormat(navigator.language, { timeZone: 'UTC', dateStyle: 'medium' }).format(Date.parse(`${iso}T00:00:00Z`)), date);

describe('seen is not enrolled', () => {
  test('a chart opened shows what was read and "Add to my caseload"; one click puts the client on the caseload', async () => {
    const { page, tabId } = await browser.openTab(demo.page(`/classic/chart/${hoang.id}`));
    const panel = await browser.context.newPage();
    await panel.setViewportSize(PANEL);
    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tabId=${tabId}`);
    const seen = panel.getByTestId('seen-client');
    await seen.waitFor();
    const name = (await panel.getByTestId('client-name').textContent())!;
    expect(name).toContain('Nguyen');
    expect(await panel.getByTestId('reach').innerText()).toContain(hoang.location!);
    expect(await seen.innerText()).toContain(await shownDate(panel, hoang.dischargeDate!));
    const button = panel.getByTestId('enrol-client');
    expect(await button.innerText()).toBe('Add to my caseload');
    // What was read and that one button: acting for them waits until they are added.
    expect(await panel.locator('article.client button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')))).toEqual(['enrol-client']);
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PANEL.height);
    // No red, no rhythm and no suggestions for someone only looked at.
    for (const absent of ['cadence-status', 'suggestion', 'next-action']) expect(await panel.getByTestId(absent).count(), absent).toBe(0);
    expect(await panel.locator('.cadence.red, .late').count()).toBe(0);
    expect(await seriousViolations(panel)).toEqual([]);

    await panel.getByTestId('view-caseload').click();
    await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor();
    const before = Number(await panel.getByTestId('caseload-size').getAttribute('data-count'));
    expect(await panel.getByTestId('caseload').innerText()).not.toContain(name);
    await panel.getByTestId('view-client').click();

    await button.click();
    await seen.waitFor({ state: 'detached' });
    const status = panel.getByTestId('cadence-status');
    expect(await status.getAttribute('data-state')).toBe('no-contact-yet');
    expect(await status.getAttribute('data-status')).toBe('ok');
    await panel.getByTestId('suggestion').first().waitFor();
    await panel.getByTestId('view-caseload').click();
    await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor();
    expect(Number(await panel.getByTestId('caseload-size').getAttribute('data-count'))).toBe(before + 1);
    expect(await panel.getByTestId('caseload-discharges').innerText()).toContain(name);

    // The badge counts the caseload's overdue callbacks: an overdue one owed to the new client shows.
    await panel.getByTestId('view-client').click();
    const badgeBefore = Number((await browser.badgeText()) || '0');
    await panel.getByTestId('add-callback').click();
    await panel.getByTestId('callback-due').fill('2020-01-01T09:00');
    await panel.getByTestId('callback-save').click();
    await expect.poll(async () => Number((await browser.badgeText()) || '0')).toBe(badgeBefore + 1);
    await panel.getByTestId('view-caseload').click();
    await expect.poll(() => panel.getByTestId('caseload-overdue').innerText()).toContain(name);
    // Returned: the later tests count overdue callbacks from nothing.
    await panel.getByTestId('view-client').click();
    await panel.getByTestId('callback-done').first().click();
    await expect.poll(async () => Number((await browser.badgeText()) || '0')).toBe(badgeBefore);
    await page.close();
    await panel.close();
  });
});

describe('extra-mile suggestions', () => {
  test('Done on "drop in to say hi" logs the visit, and the suggestion stays away after a reload', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jane.id}`);
    await expect.poll(() => suggestion(panel, 'inpatient-visit').count()).toBe(1);
    expect(await suggestion(panel, 'inpatient-visit').textContent()).toContain('Drop in to say hi');
    await showAllSuggestions(panel);
    await suggestion(panel, 'inpatient-visit').getByTestId('suggestion-done').click();
    await expect.poll(() => suggestion(panel, 'inpatient-visit').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');
    expect(await panel.getByTestId('notice').textContent()).toContain('Jane M. Doe');
    await panel.reload();
    await panel.getByTestId('last-contact').waitFor();
    await expect.poll(() => panel.getByTestId('suggestion').count()).toBeGreaterThan(0);
    expect(await suggestion(panel, 'inpatient-visit').count()).toBe(0);
    await page.close();
    await panel.close();
  });

  test('snoozed until tomorrow is hidden for the rest of the day', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jose.id}`);
    await expect.poll(() => suggestion(panel, 'inpatient-visit').count()).toBe(1);
    await showAllSuggestions(panel);
    await suggestion(panel, 'inpatient-visit').getByTestId('suggestion-snooze').click();
    await suggestion(panel, 'inpatient-visit').getByTestId('suggestion-snooze-tomorrow').click();
    await expect.poll(() => suggestion(panel, 'inpatient-visit').count()).toBe(0);
    await panel.reload();
    await expect.poll(() => panel.getByTestId('suggestion').count()).toBeGreaterThan(0);
    expect(await suggestion(panel, 'inpatient-visit').count()).toBe(0);
    await page.close();
    await panel.close();
  });

  test('dismissed with a reason is hidden, and Undo brings it back', async () => {
    const { page, panel } = await openChart(`/classic/chart/${ana.id}`);
    await expect.poll(() => suggestion(panel, 'inpatient-visit').count()).toBe(1);
    await showAllSuggestions(panel);
    await suggestion(panel, 'inpatient-visit').getByTestId('suggestion-dismiss').click();
    await suggestion(panel, 'inpatient-visit').getByTestId('suggestion-dismiss-reason').selectOption('client-declined');
    await suggestion(panel, 'inpatient-visit').getByTestId('suggestion-dismiss-confirm').click();
    await expect.poll(() => suggestion(panel, 'inpatient-visit').count()).toBe(0);
    await panel.getByTestId('undo').click();
    await expect.poll(() => suggestion(panel, 'inpatient-visit').count()).toBe(1);
    await page.close();
    await panel.close();
  });

  test('a client discharged two days ago gets the TCM contact call', async () => {
    const { page, panel } = await openChart(`/classic/chart/${maryKate.id}`);
    await expect.poll(() => suggestion(panel, 'tcm-contact').count()).toBe(1);
    expect(await suggestion(panel, 'tcm-contact').textContent()).toContain(`Discharged ${await shownDate(panel, maryKate.dischargeDate!)}`);
    expect(await suggestion(panel, 'inpatient-visit').count()).toBe(0);
    await page.close();
    await panel.close();
  });
});

describe('caseload', () => {
  test('an overdue callback is listed, and its jump-back brings the chart back in the same tab', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jose.id}`);
    const chartUrl = page.url();
    await panel.getByTestId('add-callback').click();
    await panel.getByTestId('callback-due').fill('2020-01-01T09:00');
    await panel.getByTestId('callback-save').click();
    await expect.poll(() => panel.getByTestId('caseload-count').getAttribute('data-count')).toBe('1');

    // The chart tab moves on to the patient list: the same system, so the jump back reuses it.
    await page.goto(demo.page('/classic/'));
    await panel.getByTestId('view-caseload').click();
    const overdue = panel.getByTestId('caseload-overdue');
    await expect.poll(() => overdue.getByTestId('caseload-row').count()).toBe(1);
    expect(await overdue.locator('strong').first().textContent()).toBe('José Núñez');
    await overdue.getByTestId('caseload-open-chart').click();
    await expect.poll(() => page.url()).toBe(chartUrl);
    const active = await (await browser.worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
    expect(active).toBe(chartUrl);
    await panel.close();
    await page.close();
  });

  test('with no tab of that system left, the jump-back opens the chart in a new tab', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jose.id}`);
    const chartUrl = page.url();
    await page.close();
    await panel.getByTestId('view-caseload').click();
    const opened = browser.context.waitForEvent('page');
    await panel.getByTestId('caseload-overdue').getByTestId('caseload-open-chart').click();
    const tab = await opened;
    await expect.poll(() => tab.url()).toBe(chartUrl);
    await tab.close();
    await panel.close();
  });

  test('axe finds no serious or critical violation on the caseload view', async () => {
    const { page, panel } = await openChart(`/classic/chart/${jane.id}`);
    await panel.getByTestId('view-caseload').click();
    await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByTestId('view-client').click();
    await panel.getByTestId('suggestion').first().waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
    await panel.close();
  });
});
