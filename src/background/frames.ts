import type { ClientContext } from '../context/types';

export interface FrameReport {
  context: ClientContext | null;
  frameUrl: string;
  readAt: number;
}

/** Contexts reported by each frame of one tab, keyed by frameId. */
export type TabFrames = Record<string, FrameReport>;

/**
 * EHRs put the chart in iframes: the tab's context is the most confident one any frame read.
 * Ties go to the most recent read, so a client switched inside a frame wins over a stale one.
 */
export function bestFrame(frames: TabFrames): FrameReport | undefined {
  let best: FrameReport | undefined;
  for (const report of Object.values(frames)) {
    if (!report.context) continue;
    if (
      !best?.context ||
      report.context.confidence > best.context.confidence ||
      (report.context.confidence === best.context.confidence && report.readAt > best.readAt)
    ) {
      best = report;
    }
  }
  return best;
}

export function sameContext(a: ClientContext | null | undefined, b: ClientContext | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
