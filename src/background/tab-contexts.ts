import browser from 'webextension-polyfill';
import type { ClientContext } from '../context/types';
import type { TabContext } from '../messaging/schema';
import { bestFrame, type TabFrames } from './frames';

/**
 * Per-tab contexts live in storage.session, not in memory: the service worker may be stopped at
 * any moment, and session storage is not readable by content scripts (trusted contexts only).
 */
interface StoredTab {
  url: string;
  frames: TabFrames;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

/** Reports from several frames of a tab arrive together: serialise read-modify-write per tab. */
const queues = new Map<number, Promise<unknown>>();
function serialised<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

async function load(tabId: number): Promise<StoredTab | undefined> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  return stored[key] as StoredTab | undefined;
}

function toTabContext(tabId: number, tab: StoredTab | undefined): TabContext | null {
  if (!tab) return null;
  const best = bestFrame(tab.frames);
  return {
    tabId,
    url: tab.url,
    frameUrl: best?.frameUrl ?? tab.url,
    context: best?.context ?? null,
    readAt: best?.readAt ?? Math.max(0, ...Object.values(tab.frames).map((f) => f.readAt)),
  };
}

export async function getTabContext(tabId: number): Promise<TabContext | null> {
  return toTabContext(tabId, await load(tabId));
}

/** Stores one frame's report; answers the tab's context before and after, so callers can tell a change. */
export function recordFrameReport(
  tabId: number,
  frameId: number,
  tabUrl: string,
  report: { context: ClientContext | null; frameUrl: string },
  now: number,
): Promise<{ before: TabContext | null; after: TabContext }> {
  return serialised(tabId, async () => {
    const current = await load(tabId);
    const before = toTabContext(tabId, current);
    const next: StoredTab = {
      url: tabUrl,
      frames: { ...current?.frames, [frameId]: { ...report, readAt: now } },
    };
    await browser.storage.session.set({ [keyOf(tabId)]: next });
    return { before, after: toTabContext(tabId, next) as TabContext };
  });
}

/** A full navigation replaces every frame of the tab: what they showed is gone. */
export function forgetTab(tabId: number): Promise<void> {
  return serialised(tabId, () => browser.storage.session.remove(keyOf(tabId)));
}

/** Whether any frame has a reader to answer; frames without one (not enabled) simply do not. */
export async function askTabToReport(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'context/request' });
    return true;
  } catch {
    return false;
  }
}
