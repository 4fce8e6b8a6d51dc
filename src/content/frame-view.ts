import type { FrameView } from '../context/types';

type Entry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * How this frame sits in its tab, for the background to weigh frames against each other: its
 * viewport size and whether it shows on screen. The frame observes its own document against the
 * tab's viewport (IntersectionObserver works across origins); where the engine tracks visibility
 * (v2), a frame made invisible by opacity or covered by another element counts as not shown.
 * The top frame reports nothing: it is what the tab shows.
 */
export function watchFrameView(win: Window, doc: Document, changed: () => void): { view(): FrameView | undefined; stop(): void } {
  let top = true;
  try {
    top = win.top === win;
  } catch {
    top = false;
  }
  if (top) return { view: () => undefined, stop: () => undefined };
  let visible: boolean | undefined;
  const onEntries = (entries: Entry[]) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const now = entry.isIntersecting && entry.intersectionRatio > 0 && entry.isVisible !== false;
    if (now !== visible) {
      visible = now;
      changed();
    }
  };
  let observer: IntersectionObserver | undefined;
  const Observer = (win as Window & typeof globalThis).IntersectionObserver;
  if (typeof Observer === 'function') {
    try {
      observer = new Observer(onEntries, { threshold: [0, 0.01], trackVisibility: true, delay: 100 } as IntersectionObserverInit);
    } catch {
      observer = new Observer(onEntries, { threshold: [0, 0.01] });
    }
    observer.observe(doc.documentElement);
  }
  return {
    view: () => ({ width: win.innerWidth, height: win.innerHeight, ...(visible === undefined ? {} : { visible }) }),
    stop: () => observer?.disconnect(),
  };
}
