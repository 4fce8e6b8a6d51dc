import type { PainPointRecord } from '../../model/records';
import { DAY_MS } from '../time/dates';

/** Open pain points heard more than `days` ago, oldest first: a week unanswered starts to erode trust. */
export function stalePainPoints<P extends Pick<PainPointRecord, 'status' | 'openedAt'>>(
  points: readonly P[],
  now: number,
  days = 7,
): P[] {
  return points
    .filter((p) => p.status === 'open' && now - p.openedAt > days * DAY_MS)
    .sort((a, b) => a.openedAt - b.openedAt);
}
