import { seriousViolations } from './axe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { calendarDateOf } from '../../src/domain/time/dates';
import { tcmDeadlines } from '../../src/domain/discharge/tcm';
import { loadHolidayCalendar } from '../../src/domain/time/holiday-calendar';

// The expected deadline counts business days as the panel does, with the holidays loaded.
await loadHolidayCalendar();


let browser: ExtensionBrowser;
let demo: DemoServer;
const patients = makePatients();
// Each test works on its own patient: they share one browser profile, hence one database.
const outpatient = patients.find((patient) => patient.status === 'outpatient')!;
const [discharged, dischargedForAxe] = patients.filter((patient) => patient.status === 'discharged');
const inpatient = patients.find((patient) => patient.status === 'inpatient')!;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openChart(id: string): Promise<{ page: Page; panel: Page }> {
  const { page, tabId } = await browser.openTab(demo.page(`/classic/chart/${id}`));
  const panel = await browser.openPanel(tabId);
  await addToCaseload(panel);
  await panel.locator('[data-section-id="trust"]').waitFor().catch(async (error) => {
    throw new Error(`${error}\npanel shows: ${await panel.locator('body').innerText()}`);
  });
  await openSection(panel, 'trust');
  return { page, panel };
}

/** Sections after the first screen are closed until the user opens them. */
async function openSection(panel: Page, id: string): Promise<void> {
  const section = panel.locator(`[data-section-id="${id}"]`);
  await section.waitFor();
  if ((await section.getAttribute('open')) === null) await section.locator('> summary').click();
  await expect.poll(() => section.getAttribute('open')).not.toBeNull();
}

const item = (panel: Page, id: string) => panel.locator(`[data-testid="checklist-item"][data-item-id="${id}"]`);

describe('checklists in the panel', () => {
  test('a ticked trust act is dated, and still is after the panel reloads', async () => {
    const { page, panel } = await openChart(outpatient.id);
    expect(await panel.getByTestId('discharge-checklist').count()).toBe(0);
    const onTime = item(panel, 'trust.respect.on-time');
    await panel.locator('[data-strategy="respect"] > summary').click();
    expect(await onTime.getAttribute('data-checked')).toBe('false');
    await onTime.getByRole('checkbox').check();
    await expect.poll(() => onTime.getAttribute('data-checked')).toBe('true');

    await panel.reload();
    await openSection(panel, 'trust');
    await expect.poll(() => onTime.getAttribute('data-checked')).toBe('true');
    expect(await onTime.getAttribute('data-last-done')).toBe(calendarDateOf(Date.now()));
    await panel.locator('[data-strategy="respect"] > summary').click();
    expect(await onTime.innerText()).toContain('Last done');
    await page.close();
    await panel.close();
  });

  test('a discharged patient shows the discharge checklist and the TCM contact deadline', async () => {
    const { page, panel } = await openChart(discharged!.id);
    await openSection(panel, 'stay');
    await panel.getByTestId('discharge-checklist').waitFor();
    const due = tcmDeadlines({ date: discharged!.dischargeDate!, actual: true }, calendarDateOf(Date.now()), 'moderate')!;
    await expect.poll(() => panel.getByTestId('tcm-contact-due').getAttribute('data-due')).toBe(due.interactiveContactDue);
    expect(await panel.getByTestId('tcm-contact-due').innerText()).toMatch(/Open|Due today|Overdue/);
    expect(await panel.getByTestId('discharge-checklist').locator('[data-testid="checklist-item"]').count()).toBeGreaterThan(10);
    await page.close();
    await panel.close();
  });

  test('an inpatient with an expected discharge gets anticipation, not a TCM clock', async () => {
    const { page, panel } = await openChart(inpatient.id);
    await openSection(panel, 'stay');
    await panel.getByTestId('discharge-checklist').waitFor();
    expect(await panel.getByTestId('discharge-checklist').innerText()).toContain('Expected discharge');
    expect(await panel.getByTestId('tcm-contact-due').count()).toBe(0);

    // Keyboard alone: open the RED section, move to its first item, tick it with Space.
    await panel.locator('[data-section="red"] > summary').focus();
    await panel.keyboard.press('Enter');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Space');
    await expect.poll(() => item(panel, 'discharge.red.language').getAttribute('data-checked')).toBe('true');
    await page.close();
    await panel.close();
  });

  test('axe finds no serious or critical violation with every checklist open', async () => {
    const { page, panel } = await openChart(dischargedForAxe!.id);
    await openSection(panel, 'stay');
    await panel.getByTestId('tcm-contact-due').waitFor();
    for (const summary of await panel.locator('.checklist details > summary').all()) await summary.click();
    await panel.getByTestId('lace-open').click();
    await panel.getByTestId('lace-charlson').fill('5');
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
    await panel.close();
  });
});
