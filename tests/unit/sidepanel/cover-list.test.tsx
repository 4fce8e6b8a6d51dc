import { describe, expect, onTestFinished, test } from 'vitest';
import { act } from 'preact/test-utils';
import type { CoverRow, TeamCallOffReply, TeamCaseloadReply } from '../../../src/messaging/team-messages';
import { epochAtLocal } from '../../../src/domain/time/dates';
import type { teamHost } from './team-host';
import { mountPanel, type MountedPanel } from './render';
import { NOW, ZONE } from '../store/caseload-seed';

/**
 * "Covering for you" in the caseload: who covers for the user until when, "Call off" with its
 * confirm step, and what happened said in a status line. NOW is Fri 27 Nov 2026, New York.
 */

let view: MountedPanel;

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

async function mount(team: Parameters<typeof teamHost>[0]) {
  const mounted = await mountPanel({ now: NOW, timeZone: ZONE, context: null, team });
  onTestFinished(() => mounted.unmount());
  view = mounted;
  await view.openCaseload();
}

const rowOf = (name: string) => view.allByTestId('cover-row').find((row) => row.textContent?.includes(name)) ?? null;

describe('covering for you', () => {
  test('each cover with its colleague, until when in the user\'s calendar, and how many care teams (or that it waits to be sent)', async () => {
    await mount(worker(async () => ({ ok: true, ended: 1 })).answers);
    await view.until(() => view.byTestId('covers') !== null, 'the cover list');
    expect(view.byTestId('covers')?.querySelector('h3')?.textContent).toBe('Covering for you (2)');
    expect(view.allByTestId('cover-row').map((row) => row.querySelector('strong')?.textContent)).toEqual(['Bob Burns', 'Carol Chen']);
    // Under way: its last day is Mon 30 Nov (the cover ends at its last millisecond, New York time).
    expect(view.byTestId('cover-period', rowOf('Bob Burns')!)?.textContent).toBe('Until the end of Nov 30, 2026');
    expect(view.byTestId('cover-period', rowOf('Carol Chen')!)?.textContent).toBe('Dec 7, 2026 to the end of Dec 11, 2026');
    expect(rowOf('Bob Burns')?.textContent).toContain("3 clients' care teams");
    expect(rowOf('Carol Chen')?.textContent).toContain('Waiting to be sent to the team server');
    expect(view.byTestId('cover-call-off', rowOf('Bob Burns')!)?.getAttribute('aria-label')).toBe('Call off the cover by Bob Burns');
    expect(view.byTestId('call-off-outcome')?.getAttribute('role')).toBe('status');
  });

  test('"Call off" asks first, with focus on keeping it; Keep (or Escape) sends nothing and gives the focus back', async () => {
    const { answers, asked } = worker(async () => ({ ok: true, ended: 3 }));
    await mount(answers);
    await view.until(() => view.byTestId('covers') !== null, 'the cover list');
    await view.press(view.byTestId('cover-call-off', rowOf('Bob Burns')!));
    const confirm = view.byTestId('call-off-confirm', rowOf('Bob Burns')!);
    expect(confirm?.querySelector('p')?.textContent).toMatch(/^Call off the cover by Bob Burns\?Until the end of Nov 30, 2026Your clients go back to you now/);
    expect(confirm?.getAttribute('role')).toBe('group');
    await view.until(() => document.activeElement === view.byTestId('call-off-keep'), 'focus on Keep');
    await view.press(view.byTestId('call-off-keep'));
    expect(view.byTestId('call-off-confirm')).toBeNull();
    await view.until(() => document.activeElement === view.byTestId('cover-call-off', rowOf('Bob Burns')!), 'focus back on Call off');

    await view.press(view.byTestId('cover-call-off', rowOf('Bob Burns')!));
    await act(() => void view.byTestId('call-off-confirm')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(view.byTestId('call-off-confirm')).toBeNull();
    expect(asked).toEqual([]);
  });

  test('confirmed, the cover goes from the list and the status line says it is called off', async () => {
    const { answers, asked } = worker(async () => ({ ok: true, ended: 3 }));
    await mount(answers);
    await view.until(() => view.byTestId('covers') !== null, 'the cover list');
    await view.press(view.byTestId('cover-call-off', rowOf('Bob Burns')!));
    await view.press(view.byTestId('call-off-yes'));
    await view.until(() => view.byTestId('call-off-outcome')?.textContent?.includes('called off') === true, 'the outcome');
    // Said only once the list has been reloaded without the cover.
    expect(rowOf('Bob Burns')).toBeNull();
    expect(asked).toEqual([{ colleague: BOB.colleague, start: BOB.start, end: BOB.end }]);
    expect(view.byTestId('call-off-outcome')?.textContent).toBe('The cover by Bob Burns is called off: your clients are yours again.');
    expect(view.byTestId('covers')?.querySelector('h3')?.textContent).toBe('Covering for you (1)');
    await view.until(() => document.activeElement?.id === 'covers-title', 'focus on the list heading');
  });

  test('queued (the team server out of reach), the cover leaves the list too, and the line says it waits for a sync', async () => {
    await mount(worker(async () => ({ ok: true, ended: 0, queued: true })).answers);
    await view.until(() => view.byTestId('covers') !== null, 'the cover list');
    await view.press(view.byTestId('cover-call-off', rowOf('Carol Chen')!));
    await view.press(view.byTestId('call-off-yes'));
    await view.until(() => rowOf('Carol Chen') === null, 'the row gone');
    expect(view.byTestId('call-off-outcome')?.textContent).toBe(
      'The team server is out of reach: the cover by Carol Chen will be called off once Rapport syncs again. The request waits with your other changes.',
    );
  });

  test('the last cover called off leaves the list with its outcome and says nobody covers now', async () => {
    let covers = [BOB];
    await mount({ caseload: async () => reply(covers), handoffs: async () => ({ handoffs: [] }), callOff: async () => ((covers = []), { ok: true, ended: 3 }) });
    await view.until(() => view.byTestId('covers') !== null, 'the cover list');
    await view.press(view.byTestId('cover-call-off'));
    await view.press(view.byTestId('call-off-yes'));
    await view.until(() => view.allByTestId('cover-row').length === 0, 'the row gone');
    expect(view.byTestId('covers')?.textContent).toContain('Nobody covers for you now.');
    expect(view.byTestId('call-off-outcome')?.textContent).toContain('is called off');
  });

  test('a refusal is said in words and the cover stays listed', async () => {
    await mount(worker(async () => ({ ok: false, reason: 'server', detail: 'The team server refused this change.' })).answers);
    await view.until(() => view.byTestId('covers') !== null, 'the cover list');
    await view.press(view.byTestId('cover-call-off', rowOf('Bob Burns')!));
    await view.press(view.byTestId('call-off-yes'));
    await view.until(() => view.byTestId('call-off-outcome')?.textContent !== '' && !view.byTestId('call-off-outcome')?.textContent?.startsWith('Calling'), 'the outcome');
    expect(view.byTestId('call-off-outcome')?.textContent).toBe('The team server did not call the cover off: The team server refused this change.');
    expect(view.byTestId('call-off-outcome')?.className).toBe('error');
    expect(rowOf('Bob Burns')).not.toBeNull();
  });

  test('nobody covering, or no team at all: no list', async () => {
    await mount({ caseload: async () => reply([]), handoffs: async () => ({ handoffs: [] }) });
    await view.until(() => view.byTestId('team-switch') !== null, 'the team');
    expect(view.byTestId('covers')).toBeNull();
  });
});
