import { describe, expect, onTestFinished, test } from 'vitest';
import { act } from 'preact/test-utils';
import { createTeamCaseloadModel } from '../../../src/sidepanel/models/team-caseload';
import type { TeamCaseloadReply } from '../../../src/messaging/team-messages';
import type { teamHost } from './team-host';
import { mountPanel, type MountedPanel } from './render';
import { DAY, NOW, ZONE, seedCaseload } from '../store/caseload-seed';

let view: MountedPanel<Seeded>;
type Seeded = Awaited<ReturnType<typeof seedCaseload>>;
/** The seeded clients, known before the panel first asks for the team (teamReply names them). */
let seeded: Seeded;

async function mount(team: () => Promise<TeamCaseloadReply>, cover?: Parameters<typeof teamHost>[0]['cover']) {
  const mounted = await mountPanel({
    now: NOW,
    timeZone: ZONE,
    context: null,
    seed: async (db) => (seeded = await seedCaseload(db)),
    team: { caseload: team, ...(cover ? { cover } : {}), handoffs: async () => ({ handoffs: [] }) },
  });
  onTestFinished(() => mounted.unmount());
  view = mounted;
  await view.openCaseload();
}

const rowNames = (section: string) => [...(view.byTestId(section)?.querySelectorAll('[data-testid="caseload-row"] strong') ?? [])].map((name) => name.textContent);

/** Ann is Bob Burns's client whom the user covers, Bob Overdue is Bob Burns's alone; the rest are the user's. */
const teamReply = (supervisor: boolean): TeamCaseloadReply => ({
  team: {
    supervisor,
    members: [{ member: 'Practitioner/bob', display: 'Bob Burns' }],
    clients: {
      ...Object.fromEntries(Object.values(seeded).map((client) => [client.id, { mine: true, coveredByMe: false }])),
      [seeded.ann!.id]: { primary: 'Bob Burns', mine: false, coveredByMe: true },
      [seeded.bob!.id]: { primary: 'Bob Burns', mine: false, coveredByMe: false },
    },
    ...(supervisor
      ? {
          byManager: [
            { manager: 'Alice Ames', overdue: [], pastMax: [] },
            { manager: 'Bob Burns', overdue: [{ client: { id: seeded.bob!.id, name: 'Bob Overdue' }, dueAt: NOW - 3 * DAY }], pastMax: [{ client: { id: 'x', name: 'Zed Far' }, daysSince: 40, maxDays: 30 }] },
          ],
        }
      : {}),
  },
});

describe('mine / my team', () => {
  test('with sync off (no team) the caseload is as it was: no switch, every client, no owner line', async () => {
    await mount(async () => ({ team: null }));
    expect(view.byTestId('team-switch')).toBeNull();
    expect(rowNames('caseload-overdue')).toEqual(['Ann Overdue', 'Bob Overdue']);
    expect(view.byTestId('caseload-owner')).toBeNull();
  });

  test('"Mine" shows own and covered clients with their care manager; "My team" adds the colleagues\' clients', async () => {
    await mount(async () => teamReply(false));
    await view.until(() => view.byTestId('team-switch') !== null, 'the switch');
    expect((view.byTestId('team-scope-mine') as HTMLInputElement).checked).toBe(true);
    expect(view.byTestId('team-scope-managers')).toBeNull();
    expect(rowNames('caseload-overdue')).toEqual(['Ann Overdue']);
    expect(view.byTestId('caseload-overdue-count')?.textContent).toBe('(1)');
    const ann = view.byTestId('caseload-overdue')!.querySelector('[data-testid="caseload-row"]')!;
    expect(view.byTestId('caseload-owner', ann)?.textContent).toBe('Care manager: Bob Burns · covering');
    expect(view.byTestId('caseload-owner', view.byTestId('caseload-past-max')!)?.textContent).toBe('Your client');

    await view.press(view.byTestId('team-scope-team'));
    expect(rowNames('caseload-overdue')).toEqual(['Ann Overdue', 'Bob Overdue']);
    expect(view.byTestId('team-switch')?.querySelector('legend')?.textContent).toBe('Show clients');
  });

  test('a supervisor gets "By care manager": overdue callbacks and past-maximum clients under each name, an empty group said in words', async () => {
    await mount(async () => teamReply(true));
    await view.until(() => view.byTestId('team-scope-managers') !== null, 'the supervisor choice');
    await view.press(view.byTestId('team-scope-managers'));
    const groups = [...view.root.querySelectorAll<HTMLElement>('[data-testid="manager-group"]')];
    expect(groups.map((group) => group.querySelector('h4')?.textContent)).toEqual(['Alice Ames', 'Bob Burns']);
    expect(groups[0]!.textContent).toContain('Nothing overdue');
    expect(view.byTestId('supervisor-overdue', groups[1]!)?.textContent).toBe('Bob OverdueCallback 3 days late');
    expect(view.byTestId('supervisor-past-max', groups[1]!)?.textContent).toBe('Zed FarLast reached 40 days ago (maximum: 30 days)');
    expect(view.byTestId('caseload-overdue')).toBeNull();
  });
});

describe('cover for me, in the caseload', () => {
  test('picks a colleague from the team by a labelled control, sends the days, and says in words what happened', async () => {
    const asked: unknown[] = [];
    await mount(async () => teamReply(false), async (request) => (asked.push(request), { ok: true, added: 2, already: 0 }));
    await view.until(() => view.byTestId('cover') !== null, 'the cover form');
    const select = view.byTestId('cover-colleague') as HTMLSelectElement;
    expect(select.closest('label')?.textContent).toContain('Colleague');
    expect([...select.options].map((option) => option.textContent)).toEqual(['Choose a colleague', 'Bob Burns']);
    await act(() => {
      select.value = 'Practitioner/bob';
      select.dispatchEvent(new Event('change'));
    });
    await view.press(view.byTestId('cover-submit'));
    await view.until(() => view.byTestId('cover-outcome') !== null, 'the outcome');
    expect(asked).toHaveLength(1);
    expect(view.byTestId('cover-outcome')?.getAttribute('role')).toBe('status');
    expect(view.byTestId('cover-outcome')?.textContent).toMatch(/^Bob Burns covers your clients from .+ to the end of .+ \(2 care teams\)\.$/);
  });

  test('a cover the worker queued, the team server out of reach, says it waits for the next sync', async () => {
    await mount(async () => teamReply(false), async () => ({ ok: true, added: 0, already: 0, queued: true }));
    await view.until(() => view.byTestId('cover') !== null, 'the cover form');
    const select = view.byTestId('cover-colleague') as HTMLSelectElement;
    await act(() => {
      select.value = 'Practitioner/bob';
      select.dispatchEvent(new Event('change'));
    });
    await view.press(view.byTestId('cover-submit'));
    await view.until(() => view.byTestId('cover-outcome') !== null, 'the outcome');
    expect(view.byTestId('cover-outcome')?.getAttribute('role')).toBe('status');
    expect(view.byTestId('cover-outcome')?.textContent).toMatch(/^The team server is out of reach: Bob Burns will cover your clients from .+ to the end of .+ once Rapport syncs again\./);
  });

  test('with sync off there is no cover form', async () => {
    await mount(async () => ({ team: null }), async () => ({ ok: true, added: 0, already: 0 }));
    expect(view.byTestId('cover')).toBeNull();
  });
});

describe('team caseload model', () => {
  test('a failed answer keeps the caseload whole and says why; a lost supervisor role falls back to "mine"', async () => {
    let reply: TeamCaseloadReply | Error = new Error('no background');
    const model = createTeamCaseloadModel(async () => {
      if (reply instanceof Error) throw reply;
      return reply;
    });
    await model.refresh();
    expect(model.error.value).toContain('no background');
    expect(model.shows('anyone')).toBe(true);
    reply = { team: { supervisor: true, members: [], clients: { other: { mine: false, coveredByMe: false } } } };
    await model.refresh();
    model.scope.value = 'managers';
    reply = { team: { supervisor: false, members: [], clients: { other: { mine: false, coveredByMe: false } } } };
    await model.refresh();
    expect(model.scope.value).toBe('mine');
    expect([model.shows('other'), model.shows('unknown')]).toEqual([false, true]);
    model.dispose();
  });
});
