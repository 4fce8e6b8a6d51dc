import type { TabContext } from '../../../src/messaging/schema';
import type { PanelHost } from '../../../src/sidepanel/host';
import messages from '../../../public/_locales/en/messages.json';
import { memorySiteHost } from '../sites/memory-site-host';
import type { ClientRecord } from '../../../src/model/records';
import type { RapportDb } from '../../../src/store/db';
import { tabClientResolver, type TabClientResolver } from '../../../src/background/tab-client';
import { enrolClient } from '../../../src/store/enrolment';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** chrome.i18n.getMessage semantics over the shipped English messages, so tests read real UI text. */
export function translate(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Messages)[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, index: string) => subs[Number(index) - 1] ?? '');
  });
}

/** The panel's view of the browser, held in memory: tests drive tabs and contexts directly. */
export function memoryHost(options: {
  tabId?: number;
  now: () => number;
  timeZone?: string;
  /**
   * The database the background would resolve a tab's client in (tab-client.ts, as the real
   * background does); without it no client is ever resolved.
   */
  db?: RapportDb;
  /** Stands in for the background's resolution where a test needs to hold or fake it. */
  tabClient?: TabClientResolver;
  /** Every chart shown is added to the caseload at once, as if the user pressed "Add to my caseload". */
  enrolShown?: boolean;
}) {
  const resolve: TabClientResolver | undefined = options.tabClient ?? (options.db && tabClientResolver(async () => options.db!, options.now));
  const clientOf = async (tab: TabContext, recordVisit: boolean): Promise<ClientRecord | undefined> =>
    tab.context && resolve ? resolve(tab, { recordVisit }).catch(() => undefined) : undefined;
  const contexts = new Map<number, TabContext | null>();
  const tabListeners = new Set<(tabId: number | undefined) => void>();
  const contextListeners = new Set<(tabId: number, tab: TabContext | null, clientId?: string) => void>();
  const rereads: number[] = [];
  const openedCharts: string[] = [];
  let dataChanges = 0;
  const sites = memorySiteHost().host;
  const host: PanelHost = {
    initialTabId: async () => options.tabId,
    onBoundTabChanged: (listener) => {
      tabListeners.add(listener);
      return () => tabListeners.delete(listener);
    },
    async getTabContext(tabId) {
      const tab = contexts.get(tabId) ?? null;
      const client = tab && (await clientOf(tab, false));
      return client ? { tab, clientId: client.id, client } : { tab };
    },
    onTabContextChanged: (listener) => {
      contextListeners.add(listener);
      return () => contextListeners.delete(listener);
    },
    rereadTab: async (tabId) => {
      rereads.push(tabId);
      return true;
    },
    dataChanged: async () => {
      dataChanges++;
    },
    openChart: async (url) => {
      openedCharts.push(url);
    },
    t: translate,
    now: options.now,
    timeZone: options.timeZone ?? 'America/New_York',
    locale: 'en-US',
    sites: async () => sites,
  };
  return {
    host,
    rereads,
    openedCharts,
    dataChanges: () => dataChanges,
    /** What the background would broadcast after a content script report: the visit recorded, its client named. */
    showInTab(tab: TabContext): Promise<void> {
      contexts.set(tab.tabId, tab);
      const tell = (clientId?: string) => contextListeners.forEach((listener) => listener(tab.tabId, tab, clientId));
      if (!tab.context || !resolve) return Promise.resolve(tell());
      return clientOf(tab, true).then(async (client) => {
        if (client && options.enrolShown && options.db) await enrolClient(options.db, client.id, options.now());
        tell(client?.id);
      });
    },
    /** What the background broadcasts when a tab no longer shows anything readable. */
    forgetTab(tabId: number) {
      contexts.delete(tabId);
      contextListeners.forEach((listener) => listener(tabId, null));
    },
    activateTab(tabId: number | undefined) {
      tabListeners.forEach((listener) => listener(tabId));
    },
  };
}
