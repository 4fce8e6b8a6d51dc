import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { createPanelSession, type Panel } from '../../../src/sidepanel/panel';
import { PanelRoot } from '../../../src/sidepanel/components/App';
import type { TabContext } from '../../../src/messaging/schema';
import { memoryHost } from './memory-host';
import { sealIfAsked, TEST_ITERATIONS } from '../store/sealed-mode';
import { Vault } from '../../../src/store/vault/vault';
import type { TabClientResolver } from '../../../src/background/tab-client';
import { memoryKeyRing } from '../store/vault/memory-keyring';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';
import { teamHost } from './team-host';

/**
 * A whole panel over a fresh fake-indexeddb and an in-memory host, as a person would see it.
 * `anotherWindow`: a second panel with its own connection to the database the last mount made.
 * `passphrase`: the database gets a vault of its own (cheap PBKDF2) with this passphrase set, and
 * the panel is given that vault, as main.tsx gives it the extension's; `locked` locks it first.
 * `seed`: fills the database before the panel opens (its answer is `seeded`); `team`: the
 * background's team routes (team-host.ts), left out for a background without team sync.
 */
export async function mountPanel<Seeded = undefined>(options: {
  now: number;
  tabId?: number;
  context?: TabContext['context'];
  timeZone?: string;
  anotherWindow?: boolean;
  passphrase?: string;
  locked?: boolean;
  /** Stands in for the background's resolution of a tab's client (memory-host.ts), given the database. */
  tabClient?: (db: RapportDb) => TabClientResolver;
  /**
   * Charts shown stay only seen. Otherwise each is added to the caseload as it is shown: most
   * tests are about working with a client, not about deciding to take them on.
   */
  seenOnly?: boolean;
  seed?: (db: RapportDb) => Promise<Seeded>;
  team?: Parameters<typeof teamHost>[0];
}) {
  // As main.tsx does: the panel's models count business days, with the holidays loaded.
  await loadHolidayCalendar();
  if (!options.anotherWindow) globalThis.indexedDB = new IDBFactory();
  const db: RapportDb = await openRapportDb();
  let vault: Vault | undefined;
  if (options.passphrase === undefined) await sealIfAsked(db, options.anotherWindow);
  else {
    vault = await Vault.attach(db, memoryKeyRing(), { iterations: TEST_ITERATIONS });
    await vault.enable(options.passphrase);
    if (options.locked) await vault.lock();
  }
  const seeded = (await options.seed?.(db)) as Seeded;
  const root = document.createElement('div');
  document.body.append(root);
  let now = options.now;
  const fake = memoryHost({ tabId: options.tabId ?? 7, now: () => now, timeZone: options.timeZone, db, tabClient: options.tabClient?.(db), enrolShown: !options.seenOnly });
  if (options.team) fake.host.team = teamHost(options.team);
  const showInTab = (tabId: number, context: TabContext['context']) =>
    fake.showInTab({
      tabId,
      url: `http://127.0.0.1:8765/classic/chart/${context?.mrn ?? 'list'}`,
      frameUrl: `http://127.0.0.1:8765/classic/chart/${context?.mrn ?? 'list'}`,
      context,
      readAt: now,
    });
  if (options.context !== undefined) await showInTab(options.tabId ?? 7, options.context);
  const session = createPanelSession(fake.host, db, vault);
  await act(async () => {
    render(<PanelRoot session={session} />, root);
    await session.start();
  });
  /** The panel of the current unlock; a lock and unlock builds a new one. */
  const current = (): Panel => {
    const panel = session.panel.value;
    if (!panel) throw new Error('the panel is locked');
    return panel;
  };

  const byTestId = (id: string, from: ParentNode = root) => from.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string, from: ParentNode = root) => [...from.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  async function until(check: () => boolean, what: string) {
    // A deadline, not a count of polls: on a loaded machine each poll takes far longer than 10 ms.
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      if (check()) return;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
    throw new Error(`timed out waiting for ${what}; panel shows: ${root.textContent}`);
  }
  /** The element, once shown: code that loads after the first paint (the form dialogs) is waited for, as a person would. */
  async function shown(id: string): Promise<HTMLElement> {
    await until(() => byTestId(id) !== null, id);
    return byTestId(id)!;
  }
  async function press(element: HTMLElement | null) {
    if (!element) throw new Error('nothing to press');
    await act(async () => element.click());
  }
  return {
    db,
    root,
    seeded,
    get panel() {
      return current();
    },
    session,
    vault,
    fake,
    showInTab: (tabId: number, context: TabContext['context']) => act(async () => showInTab(tabId, context)),
    setNow: (next: number) => {
      now = next;
      session.panel.value?.clock.refresh();
    },
    byTestId,
    allByTestId,
    until,
    async click(id: string) {
      await press(await shown(id));
    },
    /** An element already found (one inside a row, say): pressing nothing fails. */
    press,
    /** The caseload view, opened and loaded. */
    async openCaseload() {
      await press(byTestId('view-caseload'));
      await until(() => byTestId('caseload')?.dataset.loaded === 'true', 'caseload loaded');
    },
    async type(id: string, value: string) {
      const input = (await shown(id)) as HTMLInputElement | HTMLSelectElement;
      await act(async () => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async submit(id: string) {
      const button = (await shown(id)) as HTMLButtonElement;
      await act(async () => button.form?.requestSubmit(button));
    },
    unmount() {
      render(null, root);
      root.remove();
      session.dispose();
      vault?.detach();
      db.close();
    },
  };
}

export type MountedPanel<Seeded = undefined> = Awaited<ReturnType<typeof mountPanel<Seeded>>>;
