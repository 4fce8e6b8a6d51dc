import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { startLoopbackServer, type LoopbackServer } from '../sync/harness/loopback-server';
import { TEST_CLIENT_ID } from '../sync/harness/sign-in';
import { seedTeam } from '../sync/harness/team';
import { careTeamResource } from '../../src/domain/fhir/care-team';
import { identifierSystem } from '../../src/domain/fhir/export';

/**
 * Issue 12 end to end: three Chromium profiles, each with the built extension, are three people of
 * one team on one loopback FHIR server (Medplum's router behind the test SMART endpoint). Alice and
 * Bob are care managers, Carol their supervisor. Everything is asserted in the panel, caseload and
 * options page each person looks at; the server is read only to seed what the organisation already
 * has (its people, roles, the client's Patient and care team) before anyone signs in.
 */

const PEOPLE = { alice: 'Alice Ames', bob: 'Bob Burns', carol: 'Carol Chen' } as const;
type Who = keyof typeof PEOPLE;
const WHO = Object.keys(PEOPLE) as Who[];
const jane = makePatients().find((patient) => patient.mrn === 'MRN-100234')!;
const JANE = 'Jane Marie Doe';
const DAY = 86_400_000;

interface Person {
  who: Who;
  browser: ExtensionBrowser;
  options: Page;
  panel?: Page;
}

let server: LoopbackServer;
let demo: DemoServer;
const people = {} as Record<Who, Person>;

beforeAll(async () => {
  await build({ mode: 'chrome-e2e-sync', logLevel: 'warn', configFile: 'vite.config.ts' });
  [server, demo] = await Promise.all([
    startLoopbackServer({ users: Object.fromEntries(WHO.map((who) => [who, { fhirUser: `Practitioner/${who}` }])), lifetimeMs: 300_000 }),
    startDemoServer(),
  ]);
  await seedOrganisation();
  const browsers = await Promise.all(WHO.map(() => launchWithExtension('dist/chrome-e2e-sync')));
  for (const [index, who] of WHO.entries()) {
    const browser = browsers[index]!;
    browser.network.allowOrigin(server.origin);
    people[who] = { who, browser, options: await browser.context.newPage() };
  }
}, 180_000);

afterAll(async () => {
  await Promise.all(Object.values(people).map((person) => person.browser.close()));
  await server?.close();
  await demo?.close();
});

/**
 * The organisation's data: the north team (Alice and Bob care managers, Carol supervising), and
 * Jane's Patient as the EHR registered her (her MRN at the demo EHR) with her care team: Alice her
 * primary care manager, Bob on the team with her.
 */
async function seedOrganisation(): Promise<void> {
  await seedTeam(server, 'north', { alice: { name: PEOPLE.alice, role: 'care-manager' }, bob: { name: PEOPLE.bob, role: 'care-manager' }, carol: { name: PEOPLE.carol, role: 'supervisor' } });
  // A page's identity system is its origin (context/site.ts; the demo sites do not share theirs).
  const system = identifierSystem(new URL(demo.page('/')).origin);
  const patient = await server.engine.handle('POST', 'Patient', {
    resourceType: 'Patient',
    identifier: [{ use: 'usual', type: { text: 'MRN' }, system, value: jane.mrn }],
    name: [{ text: JANE, family: 'Doe', given: ['Jane', 'Marie'] }],
  });
  expect(patient.status).toBe(201);
  const patientId = (patient.body as { id: string }).id;
  const team = await server.engine.handle(
    'POST',
    'CareTeam',
    careTeamResource(patientId, [
      { member: 'Practitioner/alice', display: PEOPLE.alice, role: 'primary' },
      { member: 'Practitioner/bob', display: PEOPLE.bob, role: 'member' },
    ]),
  );
  expect(team.status).toBe(201);
}

/** Connects team sync in the person's options page, signed in through the SMART endpoint as them; the page stays open for "Sync now". */
async function connect({ who, browser, options }: Person): Promise<void> {
  server.auth.signInAs(who);
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.getByTestId('sync-fhir-base').fill(server.fhirBase);
  await options.getByTestId('sync-client-id').fill(TEST_CLIENT_ID);
  await options.getByTestId('sync-connect').click();
  await expect.poll(() => options.getByTestId('sync-section').getAttribute('data-connected'), { timeout: 20_000 }).toBe('true');
  expect(await options.getByTestId('sync-status').textContent()).toContain(`Practitioner/${who}`);
}

/**
 * Runs "Sync now" until `seen` holds or the deadline passes: a round already under way when the
 * button is pressed may have read the server before the colleague's change reached it.
 */
async function syncUntil(person: Person, seen: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await person.options.getByTestId('sync-now').click({ timeout: timeoutMs });
    await expect.poll(() => person.options.getByTestId('sync-now').isEnabled(), { timeout: Math.max(1_000, deadline - Date.now()) }).toBe(true);
    if (await seen()) return;
    if (Date.now() > deadline) {
      throw new Error(`${person.who}: not seen after syncing for ${timeoutMs} ms; options say "${await person.options.getByTestId('sync-progress').textContent()}"`);
    }
  }
}

/** "Synced … · 0 changes waiting" and no error: everything this person changed is on the server. */
async function allSent(person: Person): Promise<void> {
  await syncUntil(person, async () => /· 0 changes waiting$/.test((await person.options.getByTestId('sync-progress').textContent()) ?? ''));
  expect(await person.options.getByTestId('sync-error').textContent()).toBe('');
}

/** Jane's chart on the demo EHR with this person's panel beside it, her on their caseload. */
async function janeChart(person: Person): Promise<Page> {
  if (person.panel) return person.panel;
  const { tabId } = await person.browser.openTab(demo.page(`/classic/chart/${jane.id}`));
  const panel = await person.browser.openPanel(tabId);
  await panel.getByTestId('client-name').waitFor({ timeout: 15_000 });
  await addToCaseload(panel);
  person.panel = panel;
  return panel;
}

/** What an element says, folded sections included (the contact history sits in one). */
const text = (page: Page, testId: string) => page.getByTestId(testId).allTextContents().then((texts) => texts.join('\n'));

async function logContact(panel: Page, note: string): Promise<void> {
  await panel.getByTestId('view-client').click();
  await panel.getByTestId('log-contact').click();
  await panel.getByTestId('contact-note').fill(note);
  await panel.getByTestId('log-contact-save').click();
  await expect.poll(() => text(panel, 'contact-history')).toContain(note);
}

describe('a team of care managers on one FHIR server', () => {
  test('each person signs in as themselves through the SMART endpoint, in their own browser', async () => {
    // One at a time: the test SMART server signs in whoever it was last told is typing.
    for (const who of WHO) await connect(people[who]);
  });

  test('Alice logs a contact and owes a callback; after a sync Bob sees both in his panel', async () => {
    const { alice, bob } = people;
    const panel = await janeChart(alice);
    await logContact(panel, 'Talked through the meal delivery');
    await panel.getByTestId('add-callback').click();
    // Owed since yesterday: the supervisor sees it overdue further on.
    const yesterday = new Date(Date.now() - DAY);
    const due = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}T09:00`;
    await panel.getByTestId('callback-due').fill(due);
    await panel.getByTestId('callback-reason').fill('Confirm the meals arrived');
    await panel.getByTestId('callback-save').click();
    await expect.poll(() => text(panel, 'callback')).toContain('Confirm the meals arrived');
    await allSent(alice);

    const bobs = await janeChart(bob);
    await syncUntil(bob, async () => (await text(bobs, 'contact-history')).includes('Talked through the meal delivery'));
    await expect.poll(() => text(bobs, 'callback')).toContain('Confirm the meals arrived');
    expect(await bobs.getByTestId('callback').getAttribute('data-overdue')).toBe('true');
    // Alice's device joined the Patient the organisation had (by MRN) instead of making a second Jane.
    const janes = await server.engine.handle('GET', `Patient?identifier=${encodeURIComponent(jane.mrn)}`);
    expect((janes.body as { entry?: unknown[] }).entry).toHaveLength(1);
  });

});
