import type { ClientContext, ExtractOptions, SiteProfile } from '../context/types';
import { throttle } from './throttle';

/** Reads the page: a reading, or what stands for one (the page's snapshot, read elsewhere: docs/reader-split.md). */
export type ExtractContext<T = ClientContext | null> = (doc: Document, url: string, options: ExtractOptions) => Promise<T>;

export interface ReaderDeps<T = ClientContext | null> {
  doc: Document;
  win: Window;
  /** Reads the page (the content script's reader with its site's adapter, or extractClientContext). */
  extract: ExtractContext<T>;
  /**
   * Posts a read's result; rejects when the extension is gone (orphaned script). `asked`: the read answers `readNow`
   * (the background asked, or the frame's view changed): it must report; a read of the frame's own may stay silent.
   */
  report: (result: T, url: string, asked: boolean) => Promise<unknown>;
  /** False once the extension that injected this script was updated or removed. */
  isAlive: () => boolean;
  /** A report that failed this way got no answer (the worker stopped while it handled it): the read goes again. */
  unanswered?: (error: unknown) => boolean;
  onStopped?: () => void;
  /** The profile the user taught for this origin, when there is one (it arrives by message). */
  profile?: () => SiteProfile | undefined;
  /** The first read waits for this (the profile's answer), so a taught page is not first reported unread. */
  firstReadAfter?: Promise<unknown>;
  /** Slicing seams for tests (clock, yield); the defaults are the browser's. */
  slicing?: Pick<ExtractOptions, 'clock' | 'yieldTo' | 'sliceMs'>;
}

const MIN_INTERVAL_MS = 300;
/** Longest a read put off to the page's next frame waits for it: a hidden or throttled frame renders none. */
export const FRAME_WAIT_MS = 100;
/** While a panel shows this tab: look again this often, for pages that change client without a DOM change. */
export const WATCH_INTERVAL_MS = 5_000;
/** A panel that asked to watch and went quiet stops costing anything after this. */
export const WATCH_LEASE_MS = 30 * 60_000;
/** A read the page changed under is redone; after this many in a row the next one stands. */
const MAX_DISCARDED = 3;
/**
 * A read whose report got no answer is done again this many times in a row at most, after RESEND_MS, then twice that,
 * and so on: a worker stopped mid-message wakes for the next one. A read that was answered, even refused, is not.
 */
const MAX_RESENDS = 3;
const RESEND_MS = 250;
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'value', 'open'];
/** Events after which the page may show someone else without any DOM mutation (CSS switches, focus). */
const WINDOW_EVENTS = ['focus', 'popstate', 'hashchange'];
const DOCUMENT_EVENTS = ['visibilitychange', 'animationend', 'transitionend'];

/**
 * Re-reads the page when it may show another client (history changes, DOM changes, CSS-only
 * switches) and reports every read (one of its own that would be answered as the last may stay silent:
 * frame-read.ts; one `readNow` asked for never does): what a frame reads is its page's changes, which the background turns
 * into a reading and compares (a JSON key here would cost a long task on a big page). One read runs at a
 * time; a read that spanned several slices while the page changed is thrown away and redone.
 */
export function startReader<T = ClientContext | null>(deps: ReaderDeps<T>) {
  const { doc, win } = deps;
  let stopped = false;
  let ready = deps.firstReadAfter === undefined;
  let running = false;
  let pending = false;
  let generation = 0;
  let discarded = 0;
  /** Reads begun: a read that failed is sent again only while no later one began (that one reports for the page). */
  let reads = 0;
  /** How many times over the next read is sent again, its reports unanswered each time before. */
  let resends = 0;
  /** A `readNow` not yet answered by a read. */
  let asked = false;
  let watchTimer: ReturnType<typeof setInterval> | undefined;
  let watchUntil = 0;

  const readOnce = async () => {
    const mine = ++reads;
    const tries = resends;
    resends = 0;
    const url = win.location.href;
    const startedAt = generation;
    const answers = asked;
    asked = false;
    let slices = 0;
    const context = await deps.extract(doc, url, { ...deps.slicing, profile: deps.profile?.(), onSlice: () => void slices++ });
    if (stopped) return;
    if (slices > 1 && generation !== startedAt && discarded < MAX_DISCARDED) {
      // The page changed between slices: the reading may mix two pages. The change queued a re-read.
      discarded++;
      pending = true;
      asked ||= answers;
      return;
    }
    discarded = 0;
    deps.report(context, url, answers).catch((error: unknown) => {
      if (!deps.isAlive()) return stop();
      if (!deps.unanswered?.(error) || tries >= MAX_RESENDS || mine !== reads) return;
      setTimeout(() => {
        if (mine !== reads) return;
        resends = tries + 1;
        asked ||= answers;
        read();
      }, RESEND_MS << tries);
    });
  };

  const read = () => {
    if (stopped || !ready) return;
    if (!deps.isAlive()) return stop();
    if (running) {
      pending = true;
      return;
    }
    running = true;
    void readOnce()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        const next = pending;
        pending = false;
        if (next) read();
      });
  };

  // A read the page's changes call for runs once the page has rendered them: the style and layout they need are
  // then done by the page's own frame, not forced into the read's first verdict (the EHR's task, and twice over when
  // the page changes again before its frame). A frame that renders none (hidden, throttled) reads after FRAME_WAIT_MS.
  const afterFrame = () => {
    const frame = win.requestAnimationFrame?.(() => {
      clearTimeout(timer);
      setTimeout(read);
    });
    const timer = setTimeout(() => {
      if (frame) win.cancelAnimationFrame(frame);
      read();
    }, FRAME_WAIT_MS);
  };
  const scheduleRead = throttle(afterFrame, MIN_INTERVAL_MS);
  const observer = new MutationObserver(() => {
    generation++;
    scheduleRead();
  });
  const onEvent = () => scheduleRead();
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;

  const stopWatching = () => {
    clearInterval(watchTimer);
    watchTimer = undefined;
  };
  const watchTick = () => {
    if (Date.now() > watchUntil) return stopWatching();
    if (doc.visibilityState !== 'hidden') scheduleRead();
  };

  function stop() {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    scheduleRead.cancel();
    stopWatching();
    for (const type of WINDOW_EVENTS) win.removeEventListener(type, onEvent);
    for (const type of DOCUMENT_EVENTS) doc.removeEventListener(type, onEvent, true);
    navigation?.removeEventListener('navigatesuccess', onEvent);
    deps.onStopped?.();
  }

  observer.observe(doc, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  for (const type of WINDOW_EVENTS) win.addEventListener(type, onEvent);
  // Capture: animation and transition events do not bubble out of every component, and a page may stop them.
  for (const type of DOCUMENT_EVENTS) doc.addEventListener(type, onEvent, true);
  navigation?.addEventListener('navigatesuccess', onEvent);
  const begin = () => {
    ready = true;
    read();
  };
  if (deps.firstReadAfter) void deps.firstReadAfter.then(begin, begin);
  else begin();

  return {
    stop,
    readNow: () => {
      asked = true;
      read();
    },
    /** A panel shows this tab: re-read on a slow timer for a while (renewed each time a panel asks). */
    watch: () => {
      if (stopped) return;
      watchUntil = Date.now() + WATCH_LEASE_MS;
      watchTimer ??= setInterval(watchTick, WATCH_INTERVAL_MS);
    },
  };
}
