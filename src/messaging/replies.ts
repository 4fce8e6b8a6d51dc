import type { TabContext } from './schema';

/** What each request answers; messages not listed answer nothing useful. */
export interface Replies {
  'context/report': { ok: true };
  'context/get': { tab: TabContext | null };
  'badge/refresh': { overdue: number };
  'context/reread': { ok: boolean };
}
