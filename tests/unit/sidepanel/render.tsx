import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { createPanel, PanelContext, type Panel } from '../../../src/sidepanel/panel';
import { App } from '../../../src/sidepanel/components/App';
import type { TabContext } from '../../../src/messaging/schema';
import { memoryHost } from './memory-host';

/** A whole panel over a fresh fake-indexeddb and an in-memory host, as a person would see it. */
export async function mountPanel(options: { now: number; tabId?: number; context?: TabContext['context']; timeZone?: string }) {
  globalThis.indexedDB = new IDBFactory();
  const db: RapportDb = await openRapportDb();
  const root = document.createElement('div');
  document.body.append(root);
  let now = options.now;
  const fake = memoryHost({ tabId: options.tabId ?? 7, now: () => now, timeZone: options.timeZone });
  const showInTab = (tabId: number, context: TabContext['context']) =>
    fake.showInTab({
      tabId,
      url: `http://127.0.0.1:8765/classic/chart/${context?.mrn ?? 'list'}`,
      frameUrl: `http://127.0.0.1:8765/classic/chart/${context?.mrn ?? 'list'}`,
      context,
      readAt: now,
    });
  if (options.context !== undefined) showInTab(options.tabId ?? 7, options.context);
  const panel: Panel = createPanel(fake.host, db);
  await act(async () => {
    render(
      <PanelContext.Provider value={panel}>
        <App />
      </PanelContext.Provider>,
      root,
    );
    await panel.start();
  });

  const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  return {
    db,
    root,
    panel,
    fake,
    showInTab: (tabId: number, context: TabContext['context']) => act(async () => showInTab(tabId, context)),
    setNow: (next: number) => {
      now = next;
      panel.clock.refresh();
    },
    byTestId,
    allByTestId,
    async until(check: () => boolean, what: string) {
      for (let i = 0; i < 100; i++) {
        if (check()) return;
        await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      }
      throw new Error(`timed out waiting for ${what}; panel shows: ${root.textContent}`);
    },
    click: (id: string) => act(async () => byTestId(id)?.click()),
    async type(id: string, value: string) {
      const input = byTestId(id) as HTMLInputElement | HTMLSelectElement | null;
      if (!input) throw new Error(`no ${id}`);
      await act(async () => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async submit(id: string) {
      const button = byTestId(id) as HTMLButtonElement;
      await act(async () => button.form?.requestSubmit(button));
    },
    unmount() {
      render(null, root);
      root.remove();
      panel.dispose();
      db.close();
    },
  };
}

export type MountedPanel = Awaited<ReturnType<typeof mountPanel>>;
