import { batch, signal } from '@preact/signals';
import type { TabContext } from '../../messaging/schema';
import type { PanelHost } from '../host';
import type { ClientRecord } from '../../model/records';

/** Which tab the panel reads, and what the background knows that tab shows. */
export function createBindingModel(host: PanelHost) {
  const tabId = signal<number | undefined>(undefined);
  const tab = signal<TabContext | null>(null);
  /** The client the background resolved `tab` to; undefined while unknown (locked, nothing shown). */
  const clientId = signal<string | undefined>(undefined);
  /** The known client the background found for `tab` when the panel asked (a head start only). */
  const known = signal<{ tab: TabContext; client: ClientRecord } | null>(null);
  const ready = signal(false);
  let generation = 0;
  /** Bumped by every change the background announces for the bound tab. */
  let announced = 0;

  async function bind(id: number | undefined) {
    const mine = ++generation;
    tabId.value = id;
    tab.value = null;
    clientId.value = undefined;
    known.value = null;
    const announcedBefore = announced;
    const answer = id === undefined ? { tab: null } : await host.getTabContext(id);
    // A slower answer for a tab the panel has already left must not overwrite the newer one; nor may
    // an answer read before a change the background announced while it was on its way.
    if (mine !== generation) return;
    if (announced === announcedBefore) {
      batch(() => {
        if (answer.tab && answer.client) known.value = { tab: answer.tab, client: answer.client };
        tab.value = answer.tab;
        clientId.value = answer.clientId;
      });
    }
    ready.value = true;
  }

  /**
   * Asks the background again which client the tab shows, keeping the page context the panel has:
   * the answer it had was given while Rapport was locked (nothing could be read then).
   */
  async function askForClient() {
    const id = tabId.peek();
    const context = tab.peek()?.context;
    if (id === undefined || !context) return;
    const mine = generation;
    const announcedBefore = announced;
    const answer = await host.getTabContext(id);
    if (mine !== generation || announced !== announcedBefore || tab.peek()?.context !== context || !answer.clientId) return;
    batch(() => {
      if (answer.client) known.value = { tab: tab.peek() as TabContext, client: answer.client };
      clientId.value = answer.clientId;
    });
  }

  const unsubscribers = [
    host.onBoundTabChanged((id) => void bind(id)),
    host.onTabContextChanged((changedTabId, changed, changedClientId) => {
      if (changedTabId !== tabId.value) return;
      announced++;
      batch(() => {
        tab.value = changed;
        clientId.value = changedClientId;
      });
    }),
  ];

  let started: Promise<void> | undefined;
  return {
    tabId,
    tab,
    clientId,
    known,
    ready,
    /** Idempotent: main.tsx starts it before the database is open, the panel again after. */
    start: () => (started ??= host.initialTabId().then(bind)),
    reread: () => (tabId.value === undefined ? Promise.resolve(false) : host.rereadTab(tabId.value)),
    askForClient,
    dispose: () => unsubscribers.forEach((off) => off()),
  };
}

export type BindingModel = ReturnType<typeof createBindingModel>;
