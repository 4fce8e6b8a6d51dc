import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { createPanel, PanelContext, type Panel } from '../../../src/sidepanel/panel';
import { App } from '../../../src/sidepanel/components/App';
import type { CoverRow, TeamCallOffReply, TeamCaseloadReply } from '../../../src/messaging/team-messages';
import { epochAtLocal } from '../../../src/domain/time/dates';
import { memoryHost } from './memory-host';
import { teamHost } from './team-host';
import { NOW, ZONE } from '../store/caseload-seed';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';

await loadHolidayCalendar();

/**
 * "Covering for you" in the caseload: who covers for the user until when, "Call off" with its
 * confirm step, and what happened said in a status line. NOW is Fri 27 Nov 2026, New York.
 */

let db: RapportDb;
let root: HTMLElement;
let panel: Panel;

/** Bob covers the whole of Thanksgiving week (under way); Carol the second week of December (to come). */
const BOB: CoverRow = { colleague: 'Practitioner/bob', name: 'Bob Burns', start: epochAtLocal('2026-11-23', 0, 0, ZONE), end: epochAtLocal('2026-12-01', 0, 0, ZONE) - 1, clients: 3, waiting: false };
const CAROL: CoverRow = { colleague: 'Practitioner/carol', name: 'Carol Chen', start: epochAtLocal('2026-12-07', 0, 0, ZONE), end: epochAtLocal('2026-12-12', 0, 0, ZONE) - 1, clients: 1, waiting: true };

const reply = (covers: CoverRow[]): TeamCaseloadReply => ({
  team: { supervisor: false, members: [{ member: BOB.colleague, display: BOB.name }], clients: {}, covers },
});

/** A worker that holds the covers and drops one when it is called off (or queued to be). */
function worker(answer: (request: Pick<CoverRow, 'colleague' | 'start' | 'end'>) => Promise<TeamCallOffReply>) {
  let covers = [BOB, CAROL];
  const asked: unknown[] = [];
  return {
    asked,
    answers: {
      caseload: async () => reply(covers),
      handoffs: async () => ({ handoffs: [] }),
      callOff: async (request: Pick<CoverRow, 'colleague' | 'start' | 'end'>) => {
        asked.push(request);
        const answered = await answer(request);
        if (answered.ok) covers = covers.filter((cover) => cover.colleague !== request.colleague || cover.start !== request.start);
        return answered;
      },
    },
  };
}

async function mount(answers?: Parameters<typeof teamHost>[0]) {
  const fake = memoryHost({ tabId: 7, now: () => NOW, timeZone: ZONE, db });
  if (answers) fake.host.team = teamHost(answers);
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
  await until(() => byTestId('caseload')?.dataset.loaded === 'true', 'caseload loaded');
}

const byTestId = (id: string, from: ParentNode = root) => from.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string, from: ParentNode = root) => [...from.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const rowOf = (name: string) => allByTestId('cover-row').find((row) => row.textContent?.includes(name)) ?? null;

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

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  panel.dispose();
  db.close();
});

describe('covering for you', () => {
  test('each cover with its colleague, until when in the user\'s calendar, and how many care teams (or that it waits to be sent)', async () => {
    await mount(worker(async () => ({ ok: true, ended: 1 })).answers);
    await until(() => byTestId('covers') !== null, 'the cover list');
    expect(byTestId('covers')?.querySelector('h3')?.textContent).toBe('Covering for you (2)');
    expect(allByTestId('cover-row').map((row) => row.querySelector('strong')?.textContent)).toEqual(['Bob Burns', 'Carol Chen']);
    // Under way: its last day is Mon 30 Nov (the cover ends at its last millisecond, New York time).
    expect(byTestId('cover-period', rowOf('Bob Burns')!)?.textContent).toBe('Until the end of Nov 30, 2026');
    expect(byTestId('cover-period', rowOf('Carol Chen')!)?.textContent).toBe('Dec 7, 2026 to the end of Dec 11, 2026');
    expect(rowOf('Bob Burns')?.textContent).toContain("3 clients' care teams");
    expect(rowOf('Carol Chen')?.textContent).toContain('Waiting to be sent to the team server');
    expect(byTestId('cover-call-off', rowOf('Bob Burns')!)?.getAttribute('aria-label')).toBe('Call off the cover by Bob Burns');
    expect(byTestId('call-off-outcome')?.getAttribute('role')).toBe('status');
  });

  test('"Call off" asks first, with focus on keeping it; Keep (or Escape) sends nothing and gives the focus back', async () => {
    const { answers, asked } = worker(async () => ({ ok: true, ended: 3 }));
    await mount(answers);
    await until(() => byTestId('covers') !== null, 'the cover list');
    await press(byTestId('cover-call-off', rowOf('Bob Burns')!));
    const confirm = byTestId('call-off-confirm', rowOf('Bob Burns')!);
    expect(confirm?.querySelector('p')?.textContent).toMatch(/^Call off the cover by Bob Burns\?Until the end of Nov 30, 2026Your clients go back to you now/);
    expect(confirm?.getAttribute('role')).toBe('group');
    await until(() => document.activeElement === byTestId('call-off-keep'), 'focus on Keep');
    await press(byTestId('call-off-keep'));
    expect(byTestId('call-off-confirm')).toBeNull();
    await until(() => document.activeElement === byTestId('cover-call-off', rowOf('Bob Burns')!), 'focus back on Call off');

    await press(byTestId('cover-call-off', rowOf('Bob Burns')!));
    await act(() => void byTestId('call-off-confirm')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(byTestId('call-off-confirm')).toBeNull();
    expect(asked).toEqual([]);
  });

  test('confirmed, the cover goes from the list and the status line says it is called off', async () => {
    const { answers, asked } = worker(async () => ({ ok: true, ended: 3 }));
    await mount(answers);
    await until(() => byTestId('covers') !== null, 'the cover list');
    await press(byTestId('cover-call-off', rowOf('Bob Burns')!));
    await press(byTestId('call-off-yes'));
    await until(() => byTestId('call-off-outcome')?.textContent?.includes('called off') === true, 'the outcome');
    // Said only once the list has been reloaded without the cover.
    expect(rowOf('Bob Burns')).toBeNull();
    expect(asked).toEqual([{ colleague: BOB.colleague, start: BOB.start, end: BOB.end }]);
    expect(byTestId('call-off-outcome')?.textContent).toBe('The cover by Bob Burns is called off: your clients are yours again.');
    expect(byTestId('covers')?.querySelector('h3')?.textContent).toBe('Covering for you (1)');
    await until(() => document.activeElement?.id === 'covers-title', 'focus on the list heading');
  });

  test('queued (the team server out of reach), the cover leaves the list too, and the line says it waits for a sync', async () => {
    await mount(worker(async () => ({ ok: true, ended: 0, queued: true })).answers);
    await until(() => byTestId('covers') !== null, 'the cover list');
    await press(byTestId('cover-call-off', rowOf('Carol Chen')!));
    await press(byTestId('call-off-yes'));
    await until(() => rowOf('Carol Chen') === null, 'the row gone');
    expect(byTestId('call-off-outcome')?.textContent).toBe(
      'The team server is out of reach: the cover by Carol Chen will be called off once Rapport syncs again. The request waits with your other changes.',
    );
  });

  test('the last cover called off leaves the list with its outcome and says nobody covers now', async () => {
    let covers = [BOB];
    await mount({ caseload: async () => reply(covers), handoffs: async () => ({ handoffs: [] }), callOff: async () => ((covers = []), { ok: true, ended: 3 }) });
    await until(() => byTestId('covers') !== null, 'the cover list');
    await press(byTestId('cover-call-off'));
    await press(byTestId('call-off-yes'));
    await until(() => allByTestId('cover-row').length === 0, 'the row gone');
    expect(byTestId('covers')?.textContent).toContain('Nobody covers for you now.');
    expect(byTestId('call-off-outcome')?.textContent).toContain('is called off');
  });

  test('a refusal is said in words and the cover stays listed', async () => {
    await mount(worker(async () => ({ ok: false, reason: 'server', detail: 'The team server refused this change.' })).answers);
    await until(() => byTestId('covers') !== null, 'the cover list');
    await press(byTestId('cover-call-off', rowOf('Bob Burns')!));
    await press(byTestId('call-off-yes'));
    await until(() => byTestId('call-off-outcome')?.textContent !== '' && !byTestId('call-off-outcome')?.textContent?.startsWith('Calling'), 'the outcome');
    expect(byTestId('call-off-outcome')?.textContent).toBe('The team server did not call the cover off: The team server refused this change.');
    expect(byTestId('call-off-outcome')?.className).toBe('error');
    expect(rowOf('Bob Burns')).not.toBeNull();
  });

  test('nobody covering, or no team at all: no list', async () => {
    await mount({ caseload: async () => reply([]), handoffs: async () => ({ handoffs: [] }) });
    await until(() => byTestId('team-switch') !== null, 'the team');
    expect(byTestId('covers')).toBeNull();
  });
});
