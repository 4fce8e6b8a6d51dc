import { DEFAULT_BUDGET_MS, extractClientContext } from '../context/extract';
import type { ClientContext, SiteProfile } from '../context/types';
import { throttle } from './throttle';

export interface ReaderDeps {
  doc: Document;
  win: Window;
  /** For the extraction time budget; performance.now by default. */
  clock?: () => number;
  /** Posts a changed result; rejects when the extension is gone (orphaned script). */
  report: (context: ClientContext | null, url: string) => Promise<unknown>;
  /** False once the extension that injected this script was updated or removed. */
  isAlive: () => boolean;
  onStopped?: () => void;
  /** The profile the user taught for this origin, when there is one (it arrives by message). */
  profile?: () => SiteProfile | undefined;
  /** The first read waits for this (the profile's answer), so a taught page is not first reported unread. */
  firstReadAfter?: Promise<unknown>;
}

const MIN_INTERVAL_MS = 300;
const MAX_RETRIES = 3;
const RETRY_DELAY_MS = 400;
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'value'];

/**
 * Re-reads the page when it may show another client (history changes, DOM changes) and reports
 * only when the result differs from the last one reported.
 */
export function startReader(deps: ReaderDeps) {
  const { doc, win } = deps;
  const clock = deps.clock ?? (() => performance.now());
  let lastKey: string | undefined;
  let stopped = false;
  let ready = deps.firstReadAfter === undefined;

  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const read = (force: boolean) => {
    if (stopped || !ready) return;
    if (!deps.isAlive()) return stop();
    const started = clock();
    const context = extractClientContext(doc, win.location.href, { profile: deps.profile?.(), clock });
    // Nothing found because time ran out (a busy machine, a cold start) is not "no client here":
    // look again shortly, a few times, rather than leave the panel empty until the page changes.
    const ranOutOfTime = context === null && clock() - started >= DEFAULT_BUDGET_MS;
    if (!ranOutOfTime) retries = 0;
    else if (retries < MAX_RETRIES) {
      retries++;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => read(true), RETRY_DELAY_MS * retries);
    }
    const key = JSON.stringify([win.location.href, context]);
    if (!force && key === lastKey) return;
    lastKey = key;
    deps.report(context, win.location.href).catch(() => {
      if (!deps.isAlive()) stop();
      else lastKey = undefined;
    });
  };

  const scheduleRead = throttle(() => read(false), MIN_INTERVAL_MS);
  const observer = new MutationObserver(scheduleRead);
  const onNavigation = () => scheduleRead();
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;

  function stop() {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    scheduleRead.cancel();
    clearTimeout(retryTimer);
    win.removeEventListener('popstate', onNavigation);
    win.removeEventListener('hashchange', onNavigation);
    navigation?.removeEventListener('navigatesuccess', onNavigation);
    deps.onStopped?.();
  }

  observer.observe(doc, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  win.addEventListener('popstate', onNavigation);
  win.addEventListener('hashchange', onNavigation);
  navigation?.addEventListener('navigatesuccess', onNavigation);
  const begin = () => {
    ready = true;
    read(true);
  };
  if (deps.firstReadAfter) void deps.firstReadAfter.then(begin, begin);
  else begin();

  return { stop, readNow: () => read(true) };
}
