import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { addToCaseload, makePatients, startDemoServer, type DemoServer } from './demo';
import { startLoopbackServer, type LoopbackServer } from '../sync/harness/loopback-server';
import { TEST_CLIENT_ID } from '../sync/harness/sign-in';
import { seedTeam } from '../sync/harness/team';
import { careTeamResource } from '../../src/domain/fhir/care-team';
import { identifierSystem } from '../../src/domain/fhir/export';
import { DAY_MS as DAY } from '../../src/domain/time/dates';

/**
 * Issue 12 end to end: three Chromium profiles, each with the built extension, are three people of
 * one team on one loopback FHIR server (Medplum's router behind the test SMART endpoint). Alice and
 * Bob are care managers, Carol their supervisor. Everything is asserted in the panel, caseload and
 * options page each person looks at. The test touches the server itself only to seed what the
 * organisation already has (its people, roles, the client's Patient and care team) before anyone
 * signs in, and to check that no second Patient was made and what a lost correction left there.
 */

const PEOPLE = { alice: 'Alice Ames', bob: 'Bob Burns', carol: 'Carol Chen' } as const;
type Who = keyof typeof PEOPLE;
const WHO = Object.keys(PEOPLE) as Who[];
const jane = makePatients().find((patient) => patient.mrn === 'MRN-100234')!;
const JANE = 'Jane Marie Doe';

interface Person {
  who: Who;
  browser: ExtensionBrowser;
  options: Page;
  panel?: Page;
}

let server: LoopbackServer;
let demo: DemoServer;
const people = {} as Record<Who, Person>;
/** What the last check saw, for the message when a deadline passes. */
let lastSeen = '';

beforeAll(async () => {
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
async function syncUntil(person: Person, seen: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await person.options.getByTestId('sync-now').click({ timeout: timeoutMs });
    await expect.poll(() => person.options.getByTestId('sync-now').isEnabled(), { timeout: Math.max(1_000, deadline - Date.now()) }).toBe(true);
    if (await seen()) return;
    if (Date.now() > deadline) {
      throw new Error(`${person.who}: not seen after syncing for ${timeoutMs} ms (${lastSeen}); options say "${await person.options.getByTestId('sync-progress').textContent()}" ${await person.options.getByTestId('sync-error').textContent()}`);
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
    await panel.getByTestId('callback-due').fill(`${localDate(-1)}T09:00`);
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

  test('both edit Jane offline; back online and synced, neither loses an edit', async () => {
    const { alice, bob } = people;
    const [alices, bobs] = [await janeChart(alice), await janeChart(bob)];
    await Promise.all([offline(alice), offline(bob)]);

    // Each corrects a different detail of the same Patient and logs a contact; Bob also owes a call.
    await correctDetail(alices, 'Phone', '(555) 010-9999');
    await logContact(alices, 'Alice, offline: left a voicemail');
    await correctDetail(bobs, 'Date of birth', '1950-01-06');
    await logContact(bobs, 'Bob, offline: met her daughter');
    await bobs.getByTestId('owe-callback').click();
    await expect.poll(() => text(bobs, 'callback')).toContain("Return the client's call");
    // Nothing got through: both still hold their changes, and say why.
    for (const person of [alice, bob]) {
      await person.options.getByTestId('sync-now').click();
      // The changes count as waiting as soon as they are queued; the failed round's words come after.
      await expect.poll(() => person.options.getByTestId('sync-progress').textContent(), { timeout: 15_000 }).toMatch(/Last problem: Rapport could not reach the team server/);
      expect(await person.options.getByTestId('sync-progress').getAttribute('data-waiting')).not.toMatch(/^0?$/);
    }

    // Back online: "Sync now" goes at once (this device's own backoff gives way to the user). Bob
    // first: Alice's push then merges onto his copy, and her open details form must take his date
    // of birth from the record her worker writes, not keep the values of her own save.
    await Promise.all([online(alice), online(bob)]);
    await allSent(bob);
    await allSent(alice);
    const everything = async (panel: Page) => {
      const history = await text(panel, 'contact-history');
      const seen = {
        aliceContact: history.includes('Alice, offline: left a voicemail'),
        bobContact: history.includes('Bob, offline: met her daughter'),
        bobCallback: (await text(panel, 'callback')).includes("Return the client's call"),
      };
      lastSeen = JSON.stringify(seen);
      return seen.aliceContact && seen.bobContact && seen.bobCallback;
    };
    await syncUntil(bob, () => everything(bobs));
    await syncUntil(alice, () => everything(alices));
    // The contact logged before going offline is still there once, on both sides.
    for (const panel of [alices, bobs]) expect((await text(panel, 'contact-history')).split('Talked through the meal delivery')).toHaveLength(2);
  }, 120_000);

  /**
   * Saving "Details and preferences" patches every field of the form: only the fields whose value
   * changed may be queued, or Bob's date-of-birth push would carry his stale phone over Alice's.
   */
  test('the two details corrections made offline in the test above both survive on the server and in both panels', async () => {
    const { alice, bob } = people;
    const [alices, bobs] = [await janeChart(alice), await janeChart(bob)];
    const corrections = async (panel: Page) => [await field(panel, 'Phone').inputValue(), await field(panel, 'Date of birth').inputValue()];
    const onServer = await janeOnServer();
    expect([onServer.phone, onServer.birthDate]).toEqual(['(555) 010-9999', '1950-01-06']);
    // Whoever pushed first hears of the other's correction at their next round.
    const both = async (panel: Page) => JSON.stringify(await corrections(panel)) === JSON.stringify(['(555) 010-9999', '1950-01-06']);
    await syncUntil(alice, () => both(alices));
    await syncUntil(bob, () => both(bobs));
  });

  /**
   * team/cover writes each client's handoff summary in the worker, which counts business days: the
   * holiday calendar must be there without import(), which a service worker refuses.
   */
  test("Alice hands Jane over to Bob for a week: Bob's caseload shows her as Alice's client he covers, and her handoff summary", async () => {
    const { alice, bob } = people;
    const bobs = await janeChart(bob);
    // Before: Jane is on Bob's team but not his to call, so "Mine" leaves her out.
    const bobsJane = async () => {
      await openCaseload(bobs);
      const rows = bobs.locator('[data-testid="caseload-row"]', { hasText: JANE });
      return (await rows.count()) === 0 ? '' : (await rows.first().getByTestId('caseload-owner').textContent()) ?? '';
    };
    expect(await bobsJane()).toBe('');

    const alices = await janeChart(alice);
    await openCaseload(alices);
    await alices.getByTestId('cover').locator('summary').click();
    await alices.getByTestId('cover-colleague').selectOption({ label: PEOPLE.bob });
    await alices.getByTestId('cover-from').fill(localDate(0));
    await alices.getByTestId('cover-to').fill(localDate(6));
    await alices.getByTestId('cover-submit').click();
    // The outcome line appears once the worker answers, success or refusal alike.
    await alices.getByTestId('cover-outcome').waitFor({ timeout: 15_000 });
    expect(await alices.getByTestId('cover-outcome').textContent()).toMatch(new RegExp(`^${PEOPLE.bob} covers your clients from .* \\(1 care teams?\\)\\.$`));

    await syncUntil(bob, async () => /covering/.test((lastSeen = await bobsJane())));
    expect(lastSeen).toBe(`Care manager: ${PEOPLE.alice} · covering`);

    // Alice's handoff, one screen: how to reach Jane, the last contact, the callbacks she is owed, …
    const handoff = bobs.locator('[data-testid="handoff-row"]', { hasText: JANE });
    await expect.poll(() => handoff.count(), { timeout: 10_000 }).toBe(1);
    expect(await handoff.textContent()).toContain(PEOPLE.alice);
    await handoff.getByTestId('handoff-open').click();
    const summary = bobs.getByTestId('handoff-summary');
    await expect.poll(() => summary.getByRole('heading', { level: 2 }).textContent()).toBe(`Handoff: ${JANE}`);
    expect(await summary.locator('[data-testid="handoff-section"]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-code')))).toEqual(
      ['reach', 'last-contact', 'callbacks', 'pain-points', 'discharge', 'next-action'],
    );
    const section = (code: string) => summary.locator(`[data-testid="handoff-section"][data-code="${code}"]`).textContent();
    expect(await section('callbacks')).toContain('Confirm the meals arrived');
    expect(await section('last-contact')).toMatch(/offline: (left a voicemail|met her daughter)/);
    await bobs.getByTestId('handoff-back').click();
    await bobs.getByTestId('handoffs').waitFor();
  });

  test("Carol, their supervisor, sees the team's overdue callbacks by care manager", async () => {
    const { carol } = people;
    const { tabId } = await carol.browser.openTab(demo.page('/'));
    const panel = await carol.browser.openPanel(tabId);
    carol.panel = panel;
    const groups = async () => {
      await openCaseload(panel);
      await panel.getByTestId('team-scope-managers').check();
      return panel.getByTestId('manager-group').evaluateAll((sections) =>
        sections.map((section) => ({
          manager: section.querySelector('h4')?.textContent,
          overdue: [...section.querySelectorAll('[data-testid="supervisor-overdue"] strong')].map((name) => name.textContent),
        })),
      );
    };
    await syncUntil(carol, async () => (lastSeen = JSON.stringify(await groups())).includes(JANE));
    // Alice's callback due yesterday and Bob's due later today: only hers is overdue, under her name.
    await expect.poll(groups).toEqual([
      { manager: PEOPLE.alice, overdue: [JANE] },
      { manager: PEOPLE.bob, overdue: [] },
    ]);
    await expect.poll(() => panel.getByTestId('supervisor-overdue').first().textContent()).toMatch(/^Jane Marie DoeCallback \d+ \S+ late$/);
  });

  /**
   * The same two people, a second time, pressing "Sync now" together: each browser's first push is
   * held until the other's is in flight too, so both read Jane's Patient at one version and one of
   * them must meet If-Match's 412, read again and merge. The last contacts are logged here, after the
   * handoff above read Jane's last contact.
   */
  test('both edit Jane offline again and press "Sync now" at the same moment: the 412 and merge keep every edit and every contact once', async () => {
    const { alice, bob } = people;
    const [alices, bobs] = [await janeChart(alice), await janeChart(bob)];
    await Promise.all([offline(alice), offline(bob)]);
    await correctDetail(alices, 'Phone', '(555) 010-4444');
    await logContact(alices, 'Alice, together: booked the ride');
    await correctDetail(bobs, 'Date of birth', '1950-01-07');
    await logContact(bobs, 'Bob, together: checked the pill box');

    const preconditionFailed: string[] = [];
    const pushes = await holdFirstPushesTogether([alice, bob]);
    for (const person of [alice, bob]) {
      person.browser.context.on('response', (response) => {
        if (response.status() === 412) preconditionFailed.push(`${person.who} ${response.request().method()} ${response.url()}`);
      });
    }
    await Promise.all([alice, bob].map((person) => person.options.getByTestId('sync-now').click()));
    await pushes.met;
    await Promise.all([allSent(alice), allSent(bob)]);
    await Promise.all([online(alice), online(bob)]);
    expect(preconditionFailed.length, 'one push met If-Match 412').toBeGreaterThan(0);

    const onServer = await janeOnServer();
    expect([onServer.phone, onServer.birthDate]).toEqual(['(555) 010-4444', '1950-01-07']);
    const notes = ['Talked through the meal delivery', 'Alice, offline: left a voicemail', 'Bob, offline: met her daughter', 'Alice, together: booked the ride', 'Bob, together: checked the pill box'];
    expect([...onServer.notes].sort()).toEqual([...notes].sort());

    const everything = async (panel: Page) => {
      const history = await text(panel, 'contact-history');
      const seen = {
        contacts: notes.map((note) => history.split(note).length - 1),
        details: [await field(panel, 'Phone').inputValue(), await field(panel, 'Date of birth').inputValue()],
      };
      lastSeen = JSON.stringify(seen);
      return JSON.stringify(seen) === JSON.stringify({ contacts: notes.map(() => 1), details: ['(555) 010-4444', '1950-01-07'] });
    };
    await Promise.all([syncUntil(alice, () => everything(alices)), syncUntil(bob, () => everything(bobs))]);
  }, 120_000);
});

/**
 * The team server out of reach from this browser only (every request to its origin fails as a lost
 * connection does), while the other profiles and the server itself carry on.
 */
async function offline(person: Person): Promise<void> {
  await person.browser.context.route(`${server.origin}/**`, (route) => route.abort('internetdisconnected'));
}

/**
 * Lets the team server answer these browsers again, but holds each one's first transaction (the
 * push's POST to the FHIR base) until every one of them has sent its own, so the pushes meet at the
 * server. `met` resolves once they have all been let go. A round's reads travel as batch Bundles to the
 * same URL, some before the push: holding one of those instead let the pushes pass each other.
 */
function isTransaction(body: string | null): boolean {
  try {
    return (JSON.parse(body ?? 'null') as { type?: unknown } | null)?.type === 'transaction';
  } catch {
    return false;
  }
}

async function holdFirstPushesTogether(persons: Person[]): Promise<{ met: Promise<void> }> {
  const held = new Set<Who>();
  let letGo!: () => void;
  const together = new Promise<void>((resolve) => (letGo = resolve));
  // Registered last, these routes are asked before the ones that made the browsers offline.
  for (const person of persons) {
    await person.browser.context.route(`${server.origin}/**`, async (route) => {
      const request = route.request();
      if (request.method() === 'POST' && request.url() === server.fhirBase && isTransaction(request.postData()) && !held.has(person.who)) {
        held.add(person.who);
        if (held.size === persons.length) letGo();
        await together;
      }
      await route.continue();
    });
  }
  const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`only ${[...held].join(', ') || 'nobody'} pushed within 20 s`)), 20_000).unref());
  return { met: Promise.race([together, late]) };
}

/** Jane's Patient on the team server, and the notes of every Communication about her. */
async function janeOnServer(): Promise<{ phone?: string; birthDate?: string; notes: string[] }> {
  type Found<T> = { entry?: { resource: T }[] };
  const patients = (await server.engine.handle('GET', `Patient?identifier=${encodeURIComponent(jane.mrn)}`)).body as Found<{ id: string; telecom?: { value?: string }[]; birthDate?: string }>;
  expect(patients.entry).toHaveLength(1);
  const patient = patients.entry![0]!.resource;
  const contacts = (await server.engine.handle('GET', `Communication?subject=Patient/${patient.id}&_count=100`)).body as Found<{ note?: { text?: string }[] }>;
  return { phone: patient.telecom?.[0]?.value, birthDate: patient.birthDate, notes: (contacts.entry ?? []).map(({ resource }) => resource.note?.[0]?.text ?? '') };
}

async function online(person: Person): Promise<void> {
  await person.browser.context.unrouteAll({ behavior: 'ignoreErrors' });
}

/** The caseload view, opened afresh so that it asks the worker for the team as the last round left it, and that answer in. */
async function openCaseload(panel: Page): Promise<void> {
  await panel.getByTestId('view-client').click();
  await panel.getByTestId('view-caseload').click();
  await panel.locator('[data-testid="caseload"][data-loaded="true"]').waitFor();
  // Everyone here is on a team: until the worker's answer comes, rows show without their owners.
  await panel.getByTestId('team-switch').waitFor();
}

/** A calendar date `days` from today in the browsers' time zone (they run in this process's), as a date input takes it. */
function localDate(days: number): string {
  const day = new Date(Date.now() + days * DAY);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** A field of the client's details, by its exact label ("Phone", not the caregiver's). */
const field = (panel: Page, label: string) => panel.getByLabel(label, { exact: true });

/** A correction in the client's "Details and preferences", saved. */
async function correctDetail(panel: Page, label: string, value: string): Promise<void> {
  await panel.getByTestId('view-client').click();
  const details = panel.locator('details[data-section-id="details"]');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await field(panel, label).fill(value);
  await panel.getByTestId('details-save').click();
  await expect.poll(() => field(panel, label).inputValue()).toBe(value);
}
