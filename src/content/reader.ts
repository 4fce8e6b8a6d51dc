import { extractClientContext } from '../context/extract';
import type { ClientContext } from '../context/types';
import { throttle } from './throttle';

export interface ReaderDeps {
  doc: Document;
  win: Window;
  /** Posts a changed result; rejects when the extension is gone (orphaned script). */
  report: (context: ClientContext | null, url: string) => Promise<unknown>;
  /** False once the extension that injected this script was updated or removed. */
  isAlive: () => boolean;
  onStopped?: () => void;
}

const MIN_INTERVAL_MS = 300;
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'value'];

/**
 * Re-reads the page when it may show another client (history changes, DOM changes) and reports
 * only when the result differs from the last one reported.
 */
export function startReader(deps: ReaderDeps) {
  const { doc, win } = deps;
  let lastKey: string | undefined;
  let stopped = false;

  const read = (force: boolean) => {
    if (stopped) return;
    if (!deps.isAlive()) return stop();
    const context = extractClientContext(doc, win.location.href);
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
  read(true);

  return { stop, readNow: () => read(true) };
}
