import type { TabContext } from './schema';
import type { SiteProfile } from '../model/context';

/** What each request answers; messages not listed answer nothing useful. */
export interface Replies {
  'context/report': { ok: true };
  /**
   * `client`: the record of the client the tab shows, when Rapport knows them and is not locked.
   * Typed loosely here (records belong to the store); the panel checks its shape before use.
   */
  'context/get': { tab: TabContext | null; client?: unknown };
  'badge/refresh': { overdue: number };
  'context/reread': { ok: boolean };
  'site/enable': { registered: boolean };
  'site/profile-get': { profile: SiteProfile | null };
  'site/profiles-changed': { ok: true };
  'picker/start': { ok: boolean };
  'picker/stop': { ok: true };
  'picker/picked': { ok: true };
  'picker/cancelled': { ok: true };
}
