import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { seriousViolations } from './axe';

let browser: ExtensionBrowser;
let demo: DemoServer;
const jane = makePatients().find((patient) => patient.mrn === 'MRN-100234')!;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the audit view in Chromium', () => {
  test('a contact logged in the panel shows on the options page as created, with the client’s name', async () => {
    const { tabId } = await browser.openTab(demo.page(`/classic/chart/${jane.id}`));
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('client-name').textContent().catch(() => null)).toBe('Jane M. Doe');
    await addToCaseload(panel);
    await panel.getByTestId('log-contact').click();
    await panel.getByTestId('log-contact-save').click();
    await expect.poll(() => panel.getByTestId('last-contact').getAttribute('data-days')).toBe('0');

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const audit = options.getByTestId('audit-view');
    // Keyboard only: focus the button and press Enter.
    await audit.getByTestId('audit-load').focus();
    await options.keyboard.press('Enter');
    const contact = audit.locator('[data-testid="audit-row"][data-store="contacts"]');
    await contact.first().waitFor();
    expect(await contact.count()).toBe(1);
    expect(await contact.getByTestId('audit-client').textContent()).toBe('Jane M. Doe');
    expect(await contact.getByTestId('audit-change').textContent()).toBe('Created');
    expect(await audit.locator('[data-testid="audit-row"][data-store="clients"] [data-testid="audit-client"]').textContent()).toBe('Jane M. Doe');
    expect(await seriousViolations(options)).toEqual([]);
  });
});
