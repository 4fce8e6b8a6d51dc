import type { TabContext } from '../messaging/schema';
import type { SiteHost } from './models/site';
import type { BackgroundRequestsHost } from './models/shortcut-notices';
import type { ClientRecord } from '../model/records';
import type { SyncStatusView } from '../model/sync-settings';
import type { MessageOf } from '../messaging/schema';
import type { TeamCaseloadReply, TeamCoverReply, TeamHandoffsReply } from '../messaging/team-messages';
import type { Translate } from '../ui/translate';

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
  /** Site access and teaching (see models/site.ts). */
  sites: SiteHost;
  /** What the background did for the user without the panel: shortcuts, notification clicks. */
  requests?: BackgroundRequestsHost;
  /** How team sync stands (the background's `sync/status`); absent where there is no background. */
  syncStatus?: () => Promise<SyncStatusView>;
  /** The team around the caseload (the background's `team/caseload`); absent where there is no background. */
  team?: () => Promise<TeamCaseloadReply>;
  /** "Cover for me" (the background's `team/cover`). */
  cover?: (request: Omit<MessageOf<'team/cover'>, 'type'>) => Promise<TeamCoverReply>;
  /** The handoffs colleagues addressed to the user (the background's `team/handoffs`). */
  handoffs?: () => Promise<TeamHandoffsReply>;
}
