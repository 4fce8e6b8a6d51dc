import { isOverdue } from './callbacks';
import { DAY_MS } from '../time/dates';
import type { CallbackRecord } from '../../model/records';

/** A callback seen as a promise to the client: made at `createdAt`, due at `dueAt`. */
export type CallbackPromise = Pick<CallbackRecord, 'dueAt' | 'status' | 'doneAt' | 'createdAt'>;

export interface OnTimeShare {
  onTime: number;
  late: number;
  /** Open callbacks already past due, however old: a promise still broken now. */
  stillOpenOverdue: number;
  /** onTime / (onTime + late + stillOpenOverdue); undefined when nothing counts yet. */
  share?: number;
}

/** Whether `at` falls within the last `windowDays` days up to and including `now`. */
export function inWindow(at: number, now: number, windowDays: number): boolean {
  return at <= now && at > now - windowDays * DAY_MS;
}

/**
 * How reliably callbacks were kept: those closed within the window, on time or late, plus every
 * open one already overdue. A callback marked done without a `doneAt` cannot be judged and is left out.
 */
export function onTimeShare(callbacks: readonly CallbackPromise[], now: number, windowDays = 30): OnTimeShare {
  let onTime = 0;
  let late = 0;
  let stillOpenOverdue = 0;
  for (const cb of callbacks) {
    if (isOverdue(cb, now)) stillOpenOverdue++;
    else if (cb.status === 'done' && cb.doneAt !== undefined && inWindow(cb.doneAt, now, windowDays)) {
      if (cb.doneAt <= cb.dueAt) onTime++;
      else late++;
    }
  }
  const total = onTime + late + stillOpenOverdue;
  const result: OnTimeShare = { onTime, late, stillOpenOverdue };
  if (total > 0) result.share = onTime / total;
  return result;
}
