import type { PageRequest, TabContext } from '../messaging/schema';
import type { SiteHost } from './models/site';
import type { BackgroundRequestsHost } from './models/shortcut-notices';
import type { ClientRecord } from '../model/records';
import type { SyncStatusView } from '../model/sync-settings';
import type { TEAM_REQUESTS } from '../messaging/team-messages';
import type { PageReply } from '../messaging/page-replies';
import type { Translate } from '../ui/translate';

type TeamRequest = (typeof TEAM_REQUESTS)[number];

/**
 * Everything the panel needs from the browser, behind one interface: the extension implementation
 * talks to the background; the in-memory one lets components render in unit tests.
 */
export interface PanelHost {
  /** The tab the panel reads: `?tabId=N` when given, else the active tab of its window. */
  initialTabId(): Promise<number | undefined>;
  /** Called with the new tab id when the panel follows the active tab (never in `?tabId` mode). */
  onBoundTabChanged(listener: (tabId: number | undefined) => void): () => void;
  /**
   * What the tab shows, and the client the background resolved it to (its id, and the record for
   * a first paint before the panel's own read); none while locked or when nothing is shown.
   */
  getTabContext(tabId: number): Promise<{ tab: TabContext | null; clientId?: string; client?: ClientRecord }>;
  /** `tab` is null when the tab no longer shows anything Rapport can read; `clientId` names its client. */
  onTabContextChanged(listener: (tabId: number, tab: TabContext | null, clientId?: string) => void): () => void;
  /** Ask the background to read the tab again (injects the reader when allowed). */
  rereadTab(tabId: number): Promise<boolean>;
  /** Data was written: the badge must be recounted now. */
  dataChanged(): Promise<void>;
  /**
   * Shows a chart: the tab already on that URL, else a tab of the same system (navigated there),
   * else a new tab, so the user does not collect a tab per client.
   */
  openChart(url: string): Promise<void>;
  /** Opens the real side panel; only offered where the panel is not one already. */
  openSidePanel?: () => Promise<void>;
  t: Translate;
  now(): number;
  timeZone: string;
  /** The browser's language, for times and dates written out in words. */
  locale: string;
  /** Site access and teaching (see models/site.ts): loaded with the site controls, not the first paint. */
  sites(): Promise<SiteHost>;
  /** What the background did for the user without the panel: shortcuts, notification clicks. */
  requests?: BackgroundRequestsHost;
  /** How team sync stands (the background's `sync/status`); absent where there is no background. */
  syncStatus?: () => Promise<SyncStatusView>;
  /**
   * The team screens' requests to the background (team-messages.ts: the caseload's team, "cover
   * for me", the handoffs); absent where there is no background. One entry for all of them keeps
   * the first paint from growing with each team screen.
   */
  team?: <T extends TeamRequest>(message: PageRequest & { type: T }) => Promise<PageReply<T>>;
}
