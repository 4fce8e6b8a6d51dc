import { DAY_MS } from './promises';

/** Something that makes the client's life harder, heard by the care manager and worked on. */
export interface PainPoint {
  id: string;
  text: string;
  /** What lies underneath the complaint, when it has been found. */
  rootCause?: string;
  status: 'open' | 'relieved';
  openedAt: number;
  relievedAt?: number;
}

/** Open pain points heard more than `days` ago, oldest first: a week unanswered starts to erode trust. */
export function stalePainPoints<P extends Pick<PainPoint, 'status' | 'openedAt'>>(
  points: readonly P[],
  now: number,
  days = 7,
): P[] {
  return points
    .filter((p) => p.status === 'open' && now - p.openedAt > days * DAY_MS)
    .sort((a, b) => a.openedAt - b.openedAt);
}
