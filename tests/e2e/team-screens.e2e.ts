import 'fake-indexeddb/auto';
import '../setup/web-locks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { seriousViolations } from './axe';
import { startLoopbackServer, HARNESS_START_TIMEOUT_MS, type LoopbackServer } from '../sync/harness/loopback-server';
import { CLEAR_TOKENS, useCaseloads } from '../sync/harness/caseloads';
import { connectedAs, seedTeam, syncedRound } from '../sync/harness/team';
import { signedIn, TEST_CLIENT_ID } from '../sync/harness/sign-in';
import { createClient } from '../../src/store/clients';
import { logContact } from '../../src/store/contacts';
import { addCallback } from '../../src/store/callbacks';
import { addPainPoint } from '../../src/store/pain-points';
import { loadTeamState } from '../../src/store/team';
import { handoffSummaries } from '../../src/store/team-handoffs';
import { coverFor } from '../../src/sync/cover';
import { calendarDateOf, addDays, DAY_MS as DAY } from '../../src/domain/time/dates';
import { loadHolidayCalendar } from '../../src/domain/time/holiday-calendar';

/**
 * The team screens as a person sees them (issue 12), in real Chromium at the side panel's size,
 * light and dark: Alice's device (in this process, with Rapport's own store and sync code) syncs
 * her caseload to the loopback FHIR server and asks Bob to cover her this week, which writes a
 * handoff per client; Bob and Carol (supervisor) are browser profiles with the built extension,
 * signed in through the options page. Each screen is checked for what it says and by axe, and
 * saved to artifacts/ to be looked at.
 */

const PANEL = { width: 360, height: 765 };
const ARTIFACTS = 'artifacts/team-screens';
const PEOPLE = { alice: 'Alice Ames', bob: 'Bob Burns', carol: 'Carol Chen' } as const;
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const HOUR = 3_600_000;

let server: LoopbackServer;
const newCaseload = useCaseloads();
type Who = keyof typeof PEOPLE;
/** A profile of its own for each person, all launched at the start while the server is seeded. */
let browsers: Record<Who, ExtensionBrowser>;

beforeAll(async () => {
  const launching = Promise.all((Object.keys(PEOPLE) as Who[]).map(async (who) => [who, await launchWithExtension('dist/chrome-e2e-sync')] as const));
  await Promise.all([mkdir(ARTIFACTS, { recursive: true }), loadHolidayCalendar()]);
  server = await startLoopbackServer({ users: Object.fromEntries(Object.keys(PEOPLE).map((who) => [who, { fhirUser: `Practitioner/${who}` }])), lifetimeMs: 300_000 });
  await seedTeam(server, 'north', { alice: { name: PEOPLE.alice, role: 'care-manager' }, bob: { name: PEOPLE.bob, role: 'care-manager' }, carol: { name: PEOPLE.carol, role: 'supervisor' } });
  await aliceHandsOverToBob();
  browsers = Object.fromEntries(await launching) as Record<Who, ExtensionBrowser>;
}, HARNESS_START_TIMEOUT_MS + 120_000);

afterAll(async () => {
  await Promise.all(Object.values(browsers ?? {}).map((browser) => browser.close()));
  await server?.close();
});

/**
 * Alice's caseload: Gil (reached yesterday, a callback two hours late, an open pain point) and
 * Hana (in hospital, going home the day after tomorrow). Her round puts both on the server with
 * her as primary care manager; the cover adds Bob from an hour ago for a week, with the handoffs.
 */
async function aliceHandsOverToBob(): Promise<void> {
  const now = Date.now();
  const today = calendarDateOf(now, ZONE);
  const alice = await connectedAs(await newCaseload(), server, 'alice', now - DAY);
  const gil = await createClient(alice, { name: 'Gil Hart', phone: '555-0101' }, now - 3 * DAY);
  await createClient(alice, { name: 'Hana Ito', admitDate: addDays(today, -3), dischargeDate: addDays(today, 2) }, now - 3 * DAY);
  await logContact(alice, { clientId: gil.id, at: now - DAY, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Needs a ride to dialysis on Friday', tags: [] }, now - DAY);
  await addCallback(alice, { clientId: gil.id, dueAt: now - 2 * HOUR, reason: 'Confirm the ride' }, now - DAY);
  await addPainPoint(alice, { clientId: gil.id, text: 'Cannot afford the taxi', rootCause: 'Lost his bus pass' }, now - DAY);
  // Her care teams name her primary from this round on: the cover below starts after it.
  await syncedRound(alice, now - 2 * HOUR);
  const state = (await loadTeamState(alice, CLEAR_TOKENS, server.fhirBase, 'Practitioner/alice'))!;
  const bob = state.colleagues.find((colleague) => colleague.member === 'Practitioner/bob')!;
  const summaries = await handoffSummaries(alice, state.careTeams.flatMap((team) => team.clientId ?? []), now, ZONE);
  const handoffs = { of: (team: { clientId?: string }) => (team.clientId ? summaries.get(team.clientId) : undefined), now, timeZone: ZONE };
  const covered = await coverFor(await signedIn(server, 'alice'), state, bob, now - HOUR, now + 7 * DAY, handoffs);
  expect(covered).toMatchObject({ added: 2, handoffs: 2 });
}

/** A profile signed in as `who` through the options page, synced once, with its panel open on the caseload. */
async function caseloadOf(who: Who): Promise<Page> {
  const browser = browsers[who];
  browser.network.allowOrigin(server.origin);
  server.auth.signInAs(who);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.getByTestId('sync-fhir-base').fill(server.fhirBase);
  await options.getByTestId('sync-client-id').fill(TEST_CLIENT_ID);
  await options.getByTestId('sync-connect').click();
  await expect.poll(() => options.getByTestId('sync-section').getAttribute('data-connected'), { timeout: 20_000 }).toBe('true');
  await expect
    .poll(async () => {
      if (await options.getByTestId('sync-now').isEnabled()) await options.getByTestId('sync-now').click();
      return options.getByTestId('sync-progress').textContent();
    }, { timeout: 30_000, interval: 250 })
    .toMatch(/^Synced/);
  const { tabId } = await browser.openTab('about:blank');
  const panel = await browser.openPanel(tabId);
  await panel.setViewportSize(PANEL);
  await panel.getByTestId('view-caseload').click();
  await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor({ timeout: 15_000 });
  await panel.getByTestId('team-switch').waitFor({ timeout: 15_000 });
  return panel;
}

/** Checks the screen by axe and saves it, light and dark, as `name-light.png` and `name-dark.png`. */
async function shoot(panel: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(panel), `${name}, ${scheme}`).toEqual([]);
    // Nothing wider than the panel: a sideways scroll at 360 px is a layout bug.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth), `${name} width`).toBeLessThanOrEqual(PANEL.width);
    // Transitions the scheme change started are shown at their end, not waited for.
    await panel.screenshot({ path: `${ARTIFACTS}/${name}-${scheme}.png`, animations: 'disabled' });
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}

describe('team screens', () => {
  let bob: Page;

  test("Bob's caseload: Alice's client he covers, with her name, and the clients handed over to him", async () => {
    bob = await caseloadOf('bob');
    const gilRow = bob.getByTestId('caseload-overdue').getByTestId('caseload-row').filter({ hasText: 'Gil Hart' });
    await expect.poll(() => gilRow.getByTestId('caseload-owner').textContent(), { timeout: 15_000 }).toBe('Care manager: Alice Ames · covering');
    const handoffs = bob.getByTestId('handoffs');
    await handoffs.waitFor();
    expect(await handoffs.locator('h3').textContent()).toBe('Handed over to you (2)');
    expect((await handoffs.getByTestId('handoff-row').locator('strong').allTextContents()).sort()).toEqual(['Gil Hart', 'Hana Ito']);
    expect(await handoffs.getByTestId('handoff-row').first().locator('.hint').textContent()).toMatch(/^From Alice Ames · .+ to .+$/);
    await bob.getByTestId('team-scope-team').check();
    await shoot(bob, 'caseload-my-team');
  });

  test('the cover form, opened, with the colleagues to pick from', async () => {
    await bob.getByTestId('cover').locator('summary').click();
    expect(await bob.getByTestId('cover-colleague').locator('option').allTextContents()).toEqual(['Choose a colleague', PEOPLE.alice, PEOPLE.carol]);
    await bob.getByTestId('cover-colleague').selectOption({ label: PEOPLE.alice });
    await bob.getByTestId('cover').scrollIntoViewIfNeeded();
    await shoot(bob, 'cover-form');
    await bob.getByTestId('cover').locator('summary').click();
  });

  test("Gil's handoff on one screen, reached by keyboard; Escape goes back to the caseload", async () => {
    await bob.evaluate(() => window.scrollTo(0, 0));
    const open = bob.getByRole('button', { name: 'Read handoff: Gil Hart' });
    await open.focus();
    await bob.keyboard.press('Enter');
    const summary = bob.getByTestId('handoff-summary');
    await summary.waitFor();
    // Focus moves to the heading in the frame after the screen renders.
    await expect.poll(() => bob.evaluate(() => document.activeElement?.textContent)).toBe('Handoff: Gil Hart');
    const sections = Object.fromEntries(
      await summary.getByTestId('handoff-section').evaluateAll((nodes) => nodes.map((node) => [node.querySelector('h3')?.textContent ?? '', node.textContent ?? ''])),
    );
    expect(Object.keys(sections)).toEqual(['How to reach them', 'Last contact and its note', 'Callbacks owed', 'Open pain points', 'Discharge and TCM', 'Next best action']);
    expect(sections['How to reach them']).toContain('Phone: 555-0101');
    expect(sections['Last contact and its note']).toContain('Needs a ride to dialysis on Friday');
    expect(sections['Callbacks owed']).toMatch(/Overdue since .+: Confirm the ride/);
    expect(sections['Open pain points']).toContain('Cannot afford the taxi (root cause: Lost his bus pass)');
    expect(sections['Discharge and TCM']).toContain('None');
    // Two hours overdue: returning it comes before any suggestion.
    expect(sections['Next best action']).toMatch(/Return the callback overdue since .+: Confirm the ride/);
    await shoot(bob, 'handoff-summary');
    await bob.keyboard.press('Escape');
    await bob.getByTestId('caseload').waitFor();
    await expect.poll(() => bob.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Read handoff: Gil Hart');
  });

  test("Hana's handoff: in hospital, going home soon, and what to do about it; the back button returns", async () => {
    await bob.getByRole('button', { name: 'Read handoff: Hana Ito' }).click();
    const summary = bob.getByTestId('handoff-summary');
    const discharge = await summary.locator('[data-code="discharge"]').textContent();
    expect(discharge).toMatch(/In hospital since .+Discharge expected /);
    // The days read in the user's format, not as the ISO dates the colleague's narrative carries.
    expect(discharge).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await summary.locator('[data-code="next-action"] li').count()).toBe(1);
    await shoot(bob, 'handoff-summary-discharge');
    await bob.getByTestId('handoff-back').click();
    await bob.getByTestId('caseload').waitFor();
  });

  test("Carol, supervising: the team's overdue callbacks by care manager", async () => {
    const carol = await caseloadOf('carol');
    await carol.getByTestId('team-scope-managers').check();
    const alice = carol.getByTestId('manager-group').filter({ has: carol.locator('h4', { hasText: PEOPLE.alice }) });
    await alice.waitFor();
    expect(await alice.getByTestId('supervisor-overdue').textContent()).toMatch(/^Gil HartCallback \d+ h late$/);
    await shoot(carol, 'supervisor');
  });

  test("Alice, on her own browser, calls Bob's cover off: asked first, then gone from her list, and from Bob's after his sync", async () => {
    const alice = await caseloadOf('alice');
    const covers = alice.getByTestId('covers');
    await covers.waitFor({ timeout: 15_000 });
    const bobRow = covers.getByTestId('cover-row').filter({ hasText: PEOPLE.bob });
    expect(await bobRow.locator('strong').textContent()).toBe(PEOPLE.bob);
    expect(await bobRow.getByTestId('cover-period').textContent()).toMatch(/^Until the end of .+\d{4}$/);
    expect(await bobRow.textContent()).toContain("2 clients' care teams");
    await covers.scrollIntoViewIfNeeded();
    await shoot(alice, 'cover-list');

    await bobRow.getByRole('button', { name: `Call off the cover by ${PEOPLE.bob}` }).click();
    const confirm = alice.getByTestId('call-off-confirm');
    await confirm.waitFor();
    await expect.poll(() => alice.evaluate(() => document.activeElement?.textContent)).toBe('Keep the cover');
    await covers.scrollIntoViewIfNeeded();
    await shoot(alice, 'cover-call-off-confirm');

    await confirm.getByTestId('call-off-yes').click();
    await expect.poll(() => alice.getByTestId('call-off-outcome').textContent(), { timeout: 20_000 }).toBe(`The cover by ${PEOPLE.bob} is called off: your clients are yours again.`);
    expect(await covers.getByTestId('cover-row').count()).toBe(0);
    expect(await covers.textContent()).toContain('Nobody covers for you now.');
    await shoot(alice, 'cover-called-off');

    // Bob's next round finds the cover ended and its handoffs withdrawn.
    const options = bob.context().pages().find((page) => page.url().includes('/src/options/'))!;
    await expect
      .poll(async () => {
        if (await options.getByTestId('sync-now').isEnabled()) await options.getByTestId('sync-now').click();
        return bob.getByTestId('handoffs').count();
      }, { timeout: 30_000, interval: 250 })
      .toBe(0);
    // A third profile signs in and syncs first: more than the default minute on a busy machine.
  }, 150_000);
});
