import browser from 'webextension-polyfill';
import type { TabContext } from '../messaging/schema';
import { patternCovers } from '../domain/sites/site-access';
import { bestFrame, sameContext, type FrameReport, type TabFrames } from './frames';
import { sendToTab } from '../messaging/transport';

/**
 * Per-tab contexts live in storage.session, not in memory: the service worker may be stopped at
 * any moment, and session storage is not readable by content scripts (trusted contexts only).
 */
interface StoredTab {
  url: string;
  frames: TabFrames;
  /** When the tab last started loading: reads older than this may describe a page that is gone. */
  loadingSince?: number;
  /**
   * A toolbar click (activeTab) injected a reader into this page, which no host grant covers: its
   * reports count until the tab loads another page, as the browser's own grant does.
   */
  oneOffReader?: true;
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

/** A tab no frame has read (or whose reads were all dropped) is "not read", not "no client". */
function toTabContext(tabId: number, tab: StoredTab | undefined): TabContext | null {
  if (!tab || Object.keys(tab.frames).length === 0) return null;
  const best = bestFrame(tab.frames, tab.url);
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
  report: Omit<FrameReport, 'readAt' | 'changedAt'>,
  now: number,
): Promise<{ before: TabContext | null; after: TabContext }> {
  return serialised(tabId, async () => {
    const current = await load(tabId);
    const before = toTabContext(tabId, current);
    const last = current?.frames[frameId];
    const changedAt = last && sameContext(last.context, report.context) ? (last.changedAt ?? last.readAt) : now;
    const next: StoredTab = {
      ...current,
      url: tabUrl,
      frames: { ...current?.frames, [frameId]: { ...report, readAt: now, changedAt } },
    };
    await browser.storage.session.set({ [keyOf(tabId)]: next });
    return { before, after: toTabContext(tabId, next) as TabContext };
  });
}

/** The tab is gone: so is everything it showed. */
export function forgetTab(tabId: number): Promise<void> {
  return serialised(tabId, () => browser.storage.session.remove(keyOf(tabId)));
}

/**
 * Notes that the tab started loading; what its frames read stays until proven gone. A one-off
 * reader's grant ends here: the new page was not clicked for.
 */
export function markLoading(tabId: number, now: number): Promise<void> {
  return serialised(tabId, async () => {
    const current = await load(tabId);
    if (!current) return;
    const { oneOffReader: _ended, ...rest } = current;
    await browser.storage.session.set({ [keyOf(tabId)]: { ...rest, loadingSince: now } });
  });
}

/** The user clicked the toolbar on this tab: a reader goes in under activeTab, and may report. */
export function allowOneOffReader(tabId: number, tabUrl: string): Promise<void> {
  return serialised(tabId, async () => {
    const current = await load(tabId);
    await browser.storage.session.set({ [keyOf(tabId)]: { url: tabUrl, frames: {}, ...current, oneOffReader: true } });
  });
}

export async function hasOneOffReader(tabId: number): Promise<boolean> {
  return (await load(tabId))?.oneOffReader === true;
}

/** What `dropReadsUnder` took from one tab: the frames to silence and what the tab shows now. */
export interface DroppedReads {
  tabId: number;
  frameIds: number[];
  tab: TabContext | null;
}

/**
 * Access to these sites was taken away: every read of a frame on them goes at once, in every tab,
 * with any one-off grant in those tabs (the user's latest word is "do not read this site").
 */
export async function dropReadsUnder(patterns: string[]): Promise<DroppedReads[]> {
  if (patterns.length === 0) return [];
  const covered = (url: string) => patterns.some((pattern) => patternCovers(pattern, url));
  const tabIds = Object.keys(await browser.storage.session.get(null))
    .filter((key) => key.startsWith('tab:'))
    .map((key) => Number(key.slice('tab:'.length)))
    .filter(Number.isInteger);
  const dropped = await Promise.all(
    tabIds.map((tabId) =>
      serialised(tabId, async (): Promise<DroppedReads | null> => {
        const current = await load(tabId);
        if (!current) return null;
        const frameIds = Object.entries(current.frames)
          .filter(([, report]) => covered(report.frameUrl))
          .map(([frameId]) => Number(frameId));
        if (frameIds.length === 0 && !(current.oneOffReader && covered(current.url))) return null;
        const frames = Object.fromEntries(Object.entries(current.frames).filter(([frameId]) => !frameIds.includes(Number(frameId))));
        const { oneOffReader, ...rest } = current;
        const next: StoredTab = { ...rest, frames, ...(oneOffReader && !covered(current.url) ? { oneOffReader } : {}) };
        await browser.storage.session.set({ [keyOf(tabId)]: next });
        return { tabId, frameIds, tab: toTabContext(tabId, next) };
      }),
    ),
  );
  return dropped.filter((entry): entry is DroppedReads => entry !== null);
}

/**
 * After a load that no reader answered for, drops every read made before the load began. A read
 * made since (a reader that reported before it could answer) is kept: it describes the new page.
 * Answers the tab's context when something was dropped.
 */
export function dropReadsBeforeLoad(tabId: number): Promise<{ changed: boolean; tab: TabContext | null }> {
  return serialised(tabId, async () => {
    const current = await load(tabId);
    if (!current || current.loadingSince === undefined) return { changed: false, tab: toTabContext(tabId, current) };
    const since = current.loadingSince;
    const frames = Object.fromEntries(Object.entries(current.frames).filter(([, report]) => report.readAt >= since));
    const dropped = Object.keys(frames).length !== Object.keys(current.frames).length;
    const next: StoredTab = { url: current.url, frames };
    await browser.storage.session.set({ [keyOf(tabId)]: next });
    return { changed: dropped, tab: toTabContext(tabId, next) };
  });
}

/** Frames without a reader (not enabled, or mid-navigation) simply do not answer. */
export async function askTabToReport(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, { type: 'context/request' });
  } catch {
    // no reader in this tab
  }
}
