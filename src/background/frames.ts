import type { ClientContext, FrameView } from '../context/types';
import { canonicalJson } from '../domain/canonical-json';

export type { FrameView } from '../context/types';

export interface FrameReport {
  context: ClientContext | null;
  frameUrl: string;
  /** When the frame last reported: a frame asked after a load always does, one that reads on its own may stay silent. */
  readAt: number;
  /** When this frame's reading last changed (older stored reports: none, their `readAt` stands for it). */
  changedAt?: number;
  view?: FrameView;
}

/** Contexts reported by each frame of one tab, keyed by frameId. */
export type TabFrames = Record<string, FrameReport>;

/** Below this a frame is a tracking pixel or a hidden helper, not a chart a person reads. */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 100;
/** Confidences this close are a tie, and the top frame (what the user sees first) wins it. */
const CLOSE = 0.1;

function origin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** A frame the user can see: big enough and on screen. Frames that never said (older reports) count as seen. */
function seen(report: FrameReport): boolean {
  const view = report.view;
  return !view || (view.visible !== false && view.width >= MIN_WIDTH && view.height >= MIN_HEIGHT);
}

const changed = (report: FrameReport) => report.changedAt ?? report.readAt;

/**
 * EHRs put the chart in iframes: the tab's context is the most confident one a frame the user can
 * see read. Hidden and tiny frames never count. What the top frame visibly shows outranks any other
 * frame unless that frame is clearly surer and of the tab's own origin: a cross-origin frame (an
 * embedded app, an ad, a planted iframe) never outranks the top frame. Ties go to the frame whose
 * reading changed last, so a client switched inside a frame wins over a stale one: not the one that
 * reported last, which says only what made it read (a panel's timer, a request after a load, a frame
 * that stays silent while its reading stands: src/content/frame-read.ts), not what it shows.
 */
export function bestFrame(frames: TabFrames, tabUrl?: string): FrameReport | undefined {
  const top = frames['0'];
  const tabOrigin = tabUrl ? origin(tabUrl) : top ? origin(top.frameUrl) : null;
  let best: FrameReport | undefined;
  for (const [id, report] of Object.entries(frames)) {
    if (!report.context || (id !== '0' && !seen(report))) continue;
    if (!best?.context || report.context.confidence > best.context.confidence || (report.context.confidence === best.context.confidence && changed(report) > changed(best))) {
      best = report;
    }
  }
  if (!top?.context || !best || best === top) return best;
  const sameOrigin = tabOrigin !== null && origin(best.frameUrl) === tabOrigin;
  return sameOrigin && best.context!.confidence > top.context.confidence + CLOSE ? best : top;
}

/**
 * The same reading, whatever order its fields come in: a context read back from storage.session
 * comes with its keys sorted, a fresh reading in the order the rules wrote them, and taking that for
 * a new visit rewrote the client on every re-read (each 5 s while a panel shows the tab).
 */
export function sameContext(a: ClientContext | null | undefined, b: ClientContext | null | undefined): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}
