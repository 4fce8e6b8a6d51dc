import { signal } from '@preact/signals';
import type { TabContext } from '../../messaging/schema';
import type { PanelHost } from '../host';

/** Which tab the panel reads, and what the background knows that tab shows. */
export function createBindingModel(host: PanelHost) {
  const tabId = signal<number | undefined>(undefined);
  const tab = signal<TabContext | null>(null);
  const ready = signal(false);
  let generation = 0;

  async function bind(id: number | undefined) {
    const mine = ++generation;
    tabId.value = id;
    const context = id === undefined ? null : await host.getTabContext(id);
    // A slower answer for a tab the panel has already left must not overwrite the newer one.
    if (mine !== generation) return;
    tab.value = context;
    ready.value = true;
  }

  const unsubscribers = [
    host.onBoundTabChanged((id) => void bind(id)),
    host.onTabContextChanged((changedTabId, changed) => {
      if (changedTabId === tabId.value) tab.value = changed;
    }),
  ];

  let started: Promise<void> | undefined;
  return {
    tabId,
    tab,
    ready,
    /** Idempotent: main.tsx starts it before the database is open, the panel again after. */
    start: () => (started ??= host.initialTabId().then(bind)),
    reread: () => (tabId.value === undefined ? Promise.resolve(false) : host.rereadTab(tabId.value)),
    dispose: () => unsubscribers.forEach((off) => off()),
  };
}

export type BindingModel = ReturnType<typeof createBindingModel>;
