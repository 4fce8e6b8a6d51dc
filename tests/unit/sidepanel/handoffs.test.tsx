import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { createPanel, PanelContext, type Panel } from '../../../src/sidepanel/panel';
import { App } from '../../../src/sidepanel/components/App';
import type { TeamCaseloadReply, TeamHandoffsReply } from '../../../src/messaging/team-messages';
import type { HandoffNote } from '../../../src/model/team';
import { epochAtLocal } from '../../../src/domain/time/dates';
import { createHandoffsModel } from '../../../src/sidepanel/models/handoffs';
import { memoryHost } from './memory-host';
import { teamHost } from './team-host';
import { DAY, NOW, ZONE, seedCaseload } from '../store/caseload-seed';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';

await loadHolidayCalendar();

let db: RapportDb;
let root: HTMLElement;
let panel: Panel;
let seeded: Awaited<ReturnType<typeof seedCaseload>>;
let fake: ReturnType<typeof memoryHost>;

const team: TeamCaseloadReply = { team: { supervisor: false, members: [{ member: 'Practitioner/bob', display: 'Bob Burns' }], clients: {} } };

async function mount(handoffs?: () => Promise<TeamHandoffsReply>) {
  fake = memoryHost({ tabId: 7, now: () => NOW, timeZone: ZONE, db });
  // Without the handoffs answer there is no background at all: no team either.
  if (handoffs) fake.host.team = teamHost({ caseload: async () => team, handoffs });
  await fake.showInTab({ tabId: 7, url: 'http://127.0.0.1:8765/classic/', frameUrl: 'http://127.0.0.1:8765/classic/', context: null, readAt: NOW });
  panel = createPanel(fake.host, db);
  await act(async () => {
    render(
      <PanelContext.Provider value={panel}>
        <App />
      </PanelContext.Provider>,
      root,
    );
    await panel.start();
  });
  await press(byTestId('view-caseload'));
  await until(() => byTestId('caseload')?.dataset.loaded === 'true' && (!handoffs || byTestId('team-switch') !== null), 'caseload and team loaded');
}

const byTestId = (id: string, from: ParentNode = root) => from.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string, from: ParentNode = root) => [...from.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

async function until(check: () => boolean, what: string) {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function press(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to press');
  await act(async () => element.click());
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

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  seeded = await seedCaseload(db);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  panel.dispose();
  db.close();
});

describe('handed over to you', () => {
  test('the group names each client, who handed over and the days; a client not here yet and a nameless colleague said in words', async () => {
    await mount(async () => ({ handoffs: [annNote(), strangerNote] }));
    await until(() => byTestId('handoffs') !== null, 'the handoff group');
    const group = byTestId('handoffs')!;
    expect(group.querySelector('h3')?.textContent).toBe('Handed over to you (2)');
    const rows = allByTestId('handoff-row', group);
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual(['Ann Overdue', 'A client not yet on this device']);
    expect(rows[0]!.querySelector('.hint')?.textContent).toBe('From Bob Burns · Nov 30, 2026 to Dec 4, 2026');
    expect(rows[1]!.querySelector('.hint')?.textContent).toBe('From a colleague');
    expect(byTestId('handoff-open', rows[0]!)?.getAttribute('aria-label')).toBe('Read handoff: Ann Overdue');
  });

  test('reading one shows the whole summary on one screen, focused, with the chart to open; back returns to the caseload and its button', async () => {
    await mount(async () => ({ handoffs: [annNote()] }));
    await until(() => byTestId('handoff-open') !== null, 'the handoff row');
    await press(byTestId('handoff-open'));
    const summary = byTestId('handoff-summary')!;
    expect(summary).not.toBeNull();
    expect(byTestId('caseload')).toBeNull();
    const heading = summary.querySelector('h2')!;
    expect(heading.textContent).toBe('Handoff: Ann Overdue');
    expect(document.activeElement).toBe(heading);
    expect(byTestId('handoff-byline')?.textContent).toMatch(/^From Bob Burns · Nov 30, 2026 to Dec 4, 2026Written Nov 26, 2026/);
    const sections = allByTestId('handoff-section', summary);
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

    await press(byTestId('handoff-open-chart'));
    expect(fake.openedCharts).toEqual(['http://localhost:8766/app/patient/A1']);

    await press(byTestId('handoff-back'));
    expect(byTestId('handoff-summary')).toBeNull();
    await until(() => byTestId('caseload') !== null, 'the caseload again');
    expect(document.activeElement).toBe(byTestId('handoff-open'));
  });

  test('Escape goes back too; a client not here has no chart or panel button, and an empty handoff still says each section is empty', async () => {
    await mount(async () => ({ handoffs: [{ ...strangerNote, sections: [{ code: 'reach', title: 'How to reach them', lines: [] }] }] }));
    await until(() => byTestId('handoff-open') !== null, 'the handoff row');
    await press(byTestId('handoff-open'));
    const summary = byTestId('handoff-summary')!;
    expect(summary.querySelector('h2')?.textContent).toBe('Handoff: A client not yet on this device');
    expect(byTestId('handoff-open-chart')).toBeNull();
    expect(byTestId('handoff-open-client')).toBeNull();
    expect(byTestId('handoff-section')?.textContent).toBe('How to reach themNone');
    await act(async () => {
      summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(byTestId('handoff-summary')).toBeNull();
  });

  test("discharge and TCM dates the colleague wrote as ISO days read in the user's format", async () => {
    const discharge = ['In hospital since 2026-11-24', 'Discharge expected 2026-11-29: not yet confirmed', 'Discharged 2026-11-20; TCM contact due 2026-11-24 (met)'];
    await mount(async () => ({ handoffs: [{ ...annNote(), sections: [{ code: 'discharge', title: 'Discharge and TCM', lines: discharge }] }] }));
    await until(() => byTestId('handoff-open') !== null, 'the handoff row');
    await press(byTestId('handoff-open'));
    expect([...byTestId('handoff-section')!.querySelectorAll('li')].map((line) => line.textContent)).toEqual([
      'In hospital since Nov 24, 2026',
      'Discharge expected Nov 29, 2026: not yet confirmed',
      'Discharged Nov 20, 2026; TCM contact due Nov 24, 2026 (met)',
    ]);
  });

  test('"Open in panel" goes to the client the handoff is about', async () => {
    await mount(async () => ({ handoffs: [annNote()] }));
    await until(() => byTestId('handoff-open') !== null, 'the handoff row');
    await press(byTestId('handoff-open'));
    await press(byTestId('handoff-open-client'));
    await until(() => byTestId('client-name')?.textContent === 'Ann Overdue', 'Ann in the panel');
    expect(panel.client.client.value?.id).toBe(seeded.ann!.id);
  });

  test('none handed over (sync off, or Rapport locked: the worker answers none) and no background: no group, the caseload whole', async () => {
    await mount(async () => ({ handoffs: [] }));
    expect(byTestId('handoffs')).toBeNull();
    expect(byTestId('caseload-overdue')).not.toBeNull();
    render(null, root);
    panel.dispose();
    await mount();
    expect(byTestId('handoffs')).toBeNull();
    expect(byTestId('handoffs-failed')).toBeNull();
  });

  test('a failed answer is said in words and the caseload stays', async () => {
    await mount(async () => {
      throw new Error('background gone');
    });
    await until(() => byTestId('handoffs-failed') !== null, 'the failure');
    expect(byTestId('handoffs-failed')?.textContent).toBe('Could not load the clients handed over to you: Error: background gone');
    expect(byTestId('caseload-overdue')).not.toBeNull();
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
