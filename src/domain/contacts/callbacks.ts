export interface CallbackLike {
  status: 'open' | 'done';
  dueAt: number;
}

/** DESIGN.md contract: due at exactly `now` already counts as overdue. */
export function isOverdue(cb: Pick<CallbackLike, 'status' | 'dueAt'>, now: number): boolean {
  return cb.status === 'open' && cb.dueAt <= now;
}
