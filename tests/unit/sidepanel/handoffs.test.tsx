import { describe, expect, onTestFinished, test } from 'vitest';
import { act } from 'preact/test-utils';
import type { TeamCaseloadReply, TeamHandoffsReply } from '../../../src/messaging/team-messages';
import type { HandoffNote } from '../../../src/model/team';
import { epochAtLocal } from '../../../src/domain/time/dates';
import { createHandoffsModel } from '../../../src/sidepanel/models/handoffs';
import { mountPanel, type MountedPanel } from './render';
import { DAY, NOW, ZONE, seedCaseload } from '../store/caseload-seed';

type Seeded = Awaited<ReturnType<typeof seedCaseload>>;
let view: MountedPanel<Seeded>;
/** The seeded clients, known before the panel first asks for its handoffs (annNote names Ann). */
let seeded: Seeded;

const team: TeamCaseloadReply = { team: { supervisor: false, members: [{ member: 'Practitioner/bob', display: 'Bob Burns' }], clients: {} } };

async function mount(handoffs?: () => Promise<TeamHandoffsReply>) {
  const mounted = await mountPanel({
    now: NOW,
    timeZone: ZONE,
    context: null,
    seed: async (db) => (seeded = await seedCaseload(db)),
    // Without the handoffs answer there is no background at all: no team either.
    ...(handoffs ? { team: { caseload: async () => team, handoffs } } : {}),
  });
  onTestFinished(() => mounted.unmount());
  view = mounted;
  await view.press(view.byTestId('view-caseload'));
  await view.until(() => view.byTestId('caseload')?.dataset.loaded === 'true' && (!handoffs || view.byTestId('team-switch') !== null), 'caseload and team loaded');
}

/** Bob Burns hands Ann over for Mon 30 Nov – Fri 4 Dec 2026, the way the cover form asks (whole local days). */
const annNote = (): HandoffNote => ({
  serverId: 'h-ann',
  patientId: 'p-ann',
  clientId: seeded.ann!.id,
  from: 'Practitioner/bob',
  fromDisplay: 'Bob Burns',
  to: 'Practitioner/me',
  start: epochAtLocal('2026-11-30', 0, 0, ZONE),
  end: epochAtLocal('2026-12-05', 0, 0, ZONE) - 1,
  writtenAt: NOW - DAY,
  sections: [
    { code: 'reach', title: 'How to reach them', lines: ['Phone: 555-0100', 'Best time: 09:00–11:00'] },
    { code: 'last-contact', title: 'Last contact', lines: ['Nov 26, 2026, 10:00 AM: outbound call, reached', 'Worried about the new inhaler'] },
    { code: 'callbacks', title: 'Callbacks owed', lines: ['Overdue since Nov 24, 2026, 10:00 AM: Pharmacy question'] },
    { code: 'pain-points', title: 'Open pain points', lines: [] },
    { code: 'discharge', title: 'Discharge and TCM', lines: [] },
    { code: 'next-action', title: 'Next best action', lines: ['Return the callback due soon'] },
    { code: 'x-family', title: 'Family meeting', lines: ['Daughter visits Sundays'] },
  ],
});

/** A handoff whose client no sync round has brought to this device yet, with no names from the server. */
const strangerNote: HandoffNote = {
  serverId: 'h-stranger',
  patientId: 'p-x',
  from: 'Practitioner/cat',
  to: 'Practitioner/me',
  writtenAt: NOW - 2 * DAY,
  sections: [],
};

describe('handed over to you', () => {
  test('the group names each client, who handed over and the days; a client not here yet and a nameless colleague said in words', async () => {
    await mount(async () => ({ handoffs: [annNote(), strangerNote] }));
    await view.until(() => view.byTestId('handoffs') !== null, 'the handoff group');
    const group = view.byTestId('handoffs')!;
    expect(group.querySelector('h3')?.textContent).toBe('Handed over to you (2)');
    const rows = view.allByTestId('handoff-row', group);
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual(['Ann Overdue', 'A client not yet on this device']);
    expect(rows[0]!.querySelector('.hint')?.textContent).toBe('From Bob Burns · Nov 30, 2026 to Dec 4, 2026');
    expect(rows[1]!.querySelector('.hint')?.textContent).toBe('From a colleague');
    expect(view.byTestId('handoff-open', rows[0]!)?.getAttribute('aria-label')).toBe('Read handoff: Ann Overdue');
  });

  test('reading one shows the whole summary on one screen, focused, with the chart to open; back returns to the caseload and its button', async () => {
    await mount(async () => ({ handoffs: [annNote()] }));
    await view.until(() => view.byTestId('handoff-open') !== null, 'the handoff row');
    await view.press(view.byTestId('handoff-open'));
    const summary = view.byTestId('handoff-summary')!;
    expect(summary).not.toBeNull();
    expect(view.byTestId('caseload')).toBeNull();
    const heading = summary.querySelector('h2')!;
    expect(heading.textContent).toBe('Handoff: Ann Overdue');
    expect(document.activeElement).toBe(heading);
    expect(view.byTestId('handoff-byline')?.textContent).toMatch(/^From Bob Burns · Nov 30, 2026 to Dec 4, 2026Written Nov 26, 2026/);
    const sections = view.allByTestId('handoff-section', summary);
    expect(sections.map((section) => section.querySelector('h3')?.textContent)).toEqual([
      'How to reach them',
      'Last contact and its note',
      'Callbacks owed',
      'Open pain points',
      'Discharge and TCM',
      'Next best action',
      'Family meeting',
    ]);
    expect([...sections[1]!.querySelectorAll('li')].map((line) => line.textContent)).toEqual(['Nov 26, 2026, 10:00 AM: outbound call, reached', 'Worried about the new inhaler']);
    expect(sections[3]!.textContent).toBe('Open pain pointsNone');
    expect(sections[5]!.textContent).toContain('Return the callback due soon');

    await view.press(view.byTestId('handoff-open-chart'));
    expect(view.fake.openedCharts).toEqual(['http://localhost:8766/app/patient/A1']);

    await view.press(view.byTestId('handoff-back'));
    expect(view.byTestId('handoff-summary')).toBeNull();
    await view.until(() => view.byTestId('caseload') !== null, 'the caseload again');
    expect(document.activeElement).toBe(view.byTestId('handoff-open'));
  });

  test('Escape goes back too; a client not here has no chart or panel button, and an empty handoff still says each section is empty', async () => {
    await mount(async () => ({ handoffs: [{ ...strangerNote, sections: [{ code: 'reach', title: 'How to reach them', lines: [] }] }] }));
    await view.until(() => view.byTestId('handoff-open') !== null, 'the handoff row');
    await view.press(view.byTestId('handoff-open'));
    const summary = view.byTestId('handoff-summary')!;
    expect(summary.querySelector('h2')?.textContent).toBe('Handoff: A client not yet on this device');
    expect(view.byTestId('handoff-open-chart')).toBeNull();
    expect(view.byTestId('handoff-open-client')).toBeNull();
    expect(view.byTestId('handoff-section')?.textContent).toBe('How to reach themNone');
    await act(async () => {
      summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(view.byTestId('handoff-summary')).toBeNull();
  });

  test("discharge and TCM dates the colleague wrote as ISO days read in the user's format", async () => {
    const discharge = ['In hospital since 2026-11-24', 'Discharge expected 2026-11-29: not yet confirmed', 'Discharged 2026-11-20; TCM contact due 2026-11-24 (met)'];
    await mount(async () => ({ handoffs: [{ ...annNote(), sections: [{ code: 'discharge', title: 'Discharge and TCM', lines: discharge }] }] }));
    await view.until(() => view.byTestId('handoff-open') !== null, 'the handoff row');
    await view.press(view.byTestId('handoff-open'));
    expect([...view.byTestId('handoff-section')!.querySelectorAll('li')].map((line) => line.textContent)).toEqual([
      'In hospital since Nov 24, 2026',
      'Discharge expected Nov 29, 2026: not yet confirmed',
      'Discharged Nov 20, 2026; TCM contact due Nov 24, 2026 (met)',
    ]);
  });

  test("a client not yet on this device is named as the colleague's device named them, in the list and on the summary", async () => {
    await mount(async () => ({ handoffs: [{ ...strangerNote, clientName: 'Zoe Quinn' }] }));
    await view.until(() => view.byTestId('handoff-open') !== null, 'the handoff row');
    expect(view.byTestId('handoff-row')?.querySelector('strong')?.textContent).toBe('Zoe Quinn');
    expect(view.byTestId('handoff-open')?.getAttribute('aria-label')).toBe('Read handoff: Zoe Quinn');
    await view.press(view.byTestId('handoff-open'));
    expect(view.byTestId('handoff-summary')?.querySelector('h2')?.textContent).toBe('Handoff: Zoe Quinn');
    expect(view.byTestId('handoff-open-client')).toBeNull();
  });

  test("with the summary as data, instants read in the user's zone and the next best action names the overdue callback", async () => {
    // Written in Los Angeles: its narrative says 7:00 AM; for this New York reader it is 10:00 AM.
    const dueAt = epochAtLocal('2026-11-24', 10, 0, ZONE);
    const note: HandoffNote = {
      ...annNote(),
      sections: [
        { code: 'callbacks', title: 'Callbacks owed', lines: ['Overdue since Nov 24, 2026, 7:00 AM: Pharmacy question'] },
        { code: 'next-action', title: 'Next best action', lines: ['Return the callback overdue since Nov 24, 2026, 7:00 AM: Pharmacy question'] },
      ],
      summary: {
        reach: {},
        callbacksOwed: [{ dueAt, reason: 'Pharmacy question', overdue: true }],
        painPoints: [],
        stay: { inpatient: false },
        nextAction: { ruleId: 'callback-overdue', key: 'callback-overdue:cb1', urgency: 101, dueAt, reason: 'Pharmacy question' },
      },
    };
    await mount(async () => ({ handoffs: [note] }));
    await view.until(() => view.byTestId('handoff-open') !== null, 'the handoff row');
    await view.press(view.byTestId('handoff-open'));
    const lines = view.allByTestId('handoff-section').map((section) => [...section.querySelectorAll('li')].map((line) => line.textContent));
    expect(lines).toEqual([['Overdue since Nov 24, 2026, 10:00 AM: Pharmacy question'], ['Return the callback overdue since Nov 24, 2026, 10:00 AM: Pharmacy question']]);
  });

  test('"Open in panel" goes to the client the handoff is about', async () => {
    await mount(async () => ({ handoffs: [annNote()] }));
    await view.until(() => view.byTestId('handoff-open') !== null, 'the handoff row');
    await view.press(view.byTestId('handoff-open'));
    await view.press(view.byTestId('handoff-open-client'));
    await view.until(() => view.byTestId('client-name')?.textContent === 'Ann Overdue', 'Ann in the panel');
    expect(view.panel.client.client.value?.id).toBe(view.seeded.ann!.id);
  });

  test('none handed over (sync off, or Rapport locked: the worker answers none) and no background: no group, the caseload whole', async () => {
    await mount(async () => ({ handoffs: [] }));
    expect(view.byTestId('handoffs')).toBeNull();
    expect(view.byTestId('caseload-overdue')).not.toBeNull();
    await mount();
    expect(view.byTestId('handoffs')).toBeNull();
    expect(view.byTestId('handoffs-failed')).toBeNull();
  });

  test('a failed answer is said in words and the caseload stays', async () => {
    await mount(async () => {
      throw new Error('background gone');
    });
    await view.until(() => view.byTestId('handoffs-failed') !== null, 'the failure');
    expect(view.byTestId('handoffs-failed')?.textContent).toBe('Could not load the clients handed over to you: Error: background gone');
    expect(view.byTestId('caseload-overdue')).not.toBeNull();
  });
});

describe('handoffs model', () => {
  test('a handoff retired by the next round while on screen closes it; an older answer arriving late does not overwrite a newer one', async () => {
    const answers: ((reply: TeamHandoffsReply) => void)[] = [];
    const model = createHandoffsModel(
      () => new Promise((resolve) => answers.push(resolve)),
      async (clientId) => ({ id: clientId, name: `Client ${clientId}` }),
    );
    const first = model.refresh();
    const second = model.refresh();
    answers[1]!({ handoffs: [{ ...strangerNote, clientId: 'c1' }] });
    await second;
    answers[0]!({ handoffs: [] });
    await first;
    expect(model.list.value?.map((item) => item.client?.name)).toEqual(['Client c1']);
    model.read('h-stranger');
    expect(model.open.value?.note.serverId).toBe('h-stranger');
    const third = model.refresh();
    answers[2]!({ handoffs: [] });
    await third;
    expect(model.open.value).toBeNull();
    model.dispose();
  });
});
