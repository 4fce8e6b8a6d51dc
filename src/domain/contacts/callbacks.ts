import type { CallbackRecord } from '../../model/records';

/** DESIGN.md contract: due at exactly `now` already counts as overdue. */
export function isOverdue(cb: Pick<CallbackRecord, 'status' | 'dueAt'>, now: number): boolean {
  return cb.status === 'open' && cb.dueAt <= now;
}
