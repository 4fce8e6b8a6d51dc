import browser from 'webextension-polyfill';
import type { RapportDb } from '../store/db';
import { openDatabase } from '../platform/database';
import { keptOnSuccess } from '../platform/kept-on-success';
import { listen, broadcast, sendToTab } from '../messaging/transport';
import { BADGE_ALARM, refreshBadge } from './badge';
import { route, clientOf } from './router';
import { closeReader, dropMirrors, joinPiece, readElsewhere } from './snapshot-read';
import { allowOneOffReader, askTabToReport, dropReadsBeforeLoad, dropReadsUnder, forgetTab, hasOneOffReader, markLoading, getTabContext } from './tab-contexts';
import { createReadAccess } from './read-access';
import { tabClientResolver } from './tab-client';
import { contentScriptFile, injectReader, reinjectOpenTabs } from './content-script';
import { openPanelOnClick } from './action';
import { createSiteAccess } from './sites';
import { browserSiteApi } from './site-api';
import { siteRoutes } from './site-routes';
import { listenForCommands } from './commands';
import { logCallForTab } from './shortcuts';
import { notifyNewlyDue } from './due-notify';
import { listenForNotificationClicks, notificationsPermitted, showDueNotification } from './notifications';
import { loadSettings } from '../store/settings';
import { onChanged } from '../store/changes';
import { applyIdleInterval, listenForIdle } from './idle-lock';
import { PRUNE_ALARM, pruneSeen, schedulePruning } from './prune';
import { listenForTeamSync } from './sync';
import { teamRoutes } from './team';
import { teamServerSend } from './team-send';
import { sessionKeyRing } from '../platform/session-keyring';
import { installHolidayCalendar } from '../domain/time/holiday-calendar';
import { usFederalHolidayOn } from '../domain/time/us-holidays';

/**
 * Every listener is registered synchronously at the top level: a stopped worker is woken by the
 * event that needs it and only sees listeners that exist on its first turn.
 */
installHolidayCalendar(usFederalHolidayOn);
const now = () => Date.now();
const database = keptOnSuccess(() =>
  openDatabase().then((result) => {
    // Locked, the tooltip must stop naming clients now, not at the next alarm.
    result.vault.onStatus(() => void recountBadge());
    return result;
  }),
);
const db = async (): Promise<RapportDb> => (await database()).db;
const recountBadge = async () => refreshBadge(await db(), now());
const t = (key: string, substitutions?: string | string[]) => browser.i18n.getMessage(key, substitutions) || key;
/** Callbacks that fell due since the last check (the checkpoint is in the database): one notification. */
const notifyDue = async () => {
  const database = await db();
  await notifyNewlyDue(database, now(), {
    settings: () => loadSettings(database, Intl.DateTimeFormat().resolvedOptions().timeZone),
    permitted: notificationsPermitted,
    show: showDueNotification,
    t,
  });
};
const warnFailure = (what: string) => (error: unknown) => console.warn('[rapport]', what, error);

const siteApi = browserSiteApi();
const siteAccess = createSiteAccess(siteApi, contentScriptFile);
const mayRead = createReadAccess({ staticMatches: siteApi.staticMatches, hasOrigin: siteApi.hasOrigin, hasOneOffReader });

/** The panel that asks may have just unlocked: the worker's vault may not have heard yet. */
const unlockedDb = async (): Promise<RapportDb> => {
  const opened = await database();
  if (opened.vault.status === 'locked') await opened.vault.refresh();
  return opened.db;
};
const tabClient = tabClientResolver(unlockedDb, now);
const teamSync = listenForTeamSync(database, now);
const keyRing = sessionKeyRing();
const team = teamRoutes({ opened: database, keyRing, send: teamServerSend(keyRing, now), now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
listen(route({ now, refreshBadge: recountBadge, sites: siteRoutes({ db, access: siteAccess }), tabClient, mayRead, readSnapshot: readElsewhere, joinPiece, closeReader, syncStatus: teamSync.status, team }));

const pruneSeenCharts = () => void db().then((database) => pruneSeen(database, now())).catch(warnFailure('pruning seen charts'));
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === PRUNE_ALARM) pruneSeenCharts();
  if (alarm.name !== BADGE_ALARM) return;
  void recountBadge();
  void notifyDue().catch(warnFailure('due notification'));
});

browser.runtime.onStartup.addListener(() => {
  void schedulePruning();
  void recountBadge();
  void notifyDue().catch(warnFailure('due notification'));
  void siteAccess.reconcile();
});
browser.runtime.onInstalled.addListener(() => {
  void schedulePruning();
  void recountBadge();
  void siteAccess.reconcile().then(reinjectOpenTabs);
});

// Grants from the panel and from the browser's own site-access menu arrive here alike.
browser.permissions.onAdded.addListener((added) => {
  void siteAccess.onAdded(added.origins ?? []);
  if (added.permissions?.includes('notifications')) listenForNotificationClicks();
});
listenForNotificationClicks();
/**
 * Access taken away (the panel, the options page or the browser's own site-access menu): what was
 * read there goes at once, open panels say so, and the readers still running there stop.
 */
const forgetSites = async (origins: string[]) => {
  const stillReadable = siteApi.staticMatches();
  for (const { tabId, frameIds, tab } of await dropReadsUnder(origins.filter((origin) => !stillReadable.includes(origin)))) {
    await broadcast({ type: 'context/changed', tabId, tab });
    for (const frameId of frameIds) {
      void sendToTab(tabId, { type: 'reader/stop' }, frameId).catch(() => undefined);
    }
  }
};
browser.permissions.onRemoved.addListener((removed) => {
  void siteAccess.onRemoved(removed.origins ?? []);
  void forgetSites(removed.origins ?? []).catch(warnFailure('forget revoked sites'));
});

/** Frames that did not read again after a load show a page that is gone: open panels must say so. */
const dropStaleAndTell = async (tabId: number) => {
  const { changed, tab } = await dropReadsBeforeLoad(tabId);
  if (!changed) return;
  const { clientId } = await clientOf(tab, { tabClient }, false);
  await broadcast({ type: 'context/changed', tabId, tab, ...(clientId ? { clientId } : {}) });
};
// Long enough for every reader that answered to have reported again.
const REREAD_GRACE_MS = 1000;

browser.tabs.onUpdated.addListener((tabId, change) => {
  // Nothing is forgotten yet: a reader of the new page may report before this event is handled.
  if (change.status === 'loading') void markLoading(tabId, Date.now());
  // A reader only reports changes: after any load ask every frame again, then drop what no frame
  // re-read (frames that went away, a revoked site, a one-off toolbar read, a same-URL reload).
  if (change.status === 'complete') {
    void askTabToReport(tabId).then(() => setTimeout(() => void dropStaleAndTell(tabId), REREAD_GRACE_MS));
  }
});
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  void dropMirrors(tabId);
});

openPanelOnClick((tabId, tabUrl) => allowOneOffReader(tabId, tabUrl).then(() => injectReader(tabId)));

/**
 * Alt+Shift+L: log a successful call now for the client on screen. The registered listener is also
 * the one end-to-end tests call besides a real key press: no other path.
 */
const onCommand = listenForCommands((tabId) =>
  logCallForTab(tabId, { db, now, tabContext: getTabContext }).catch((error: unknown) => {
    console.warn('[rapport] shortcut failed', error);
    return null;
  }),
);
(globalThis as { rapportOnCommand?: typeof onCommand }).rapportOnCommand = onCommand;

/** Idle or screen locked: the key leaves session memory. The e2e tests call the same handler. */
const onIdle = listenForIdle(browser.idle, async () => {
  const { vault } = await database();
  // Another context may have set the passphrase since this worker last looked.
  await vault.refresh();
  await vault.lock();
});
(globalThis as { rapportOnIdle?: typeof onIdle }).rapportOnIdle = onIdle;
const followLockSetting = () =>
  applyIdleInterval(browser.idle, async () => loadSettings(await db(), Intl.DateTimeFormat().resolvedOptions().timeZone)).catch(
    warnFailure('idle interval'),
  );
onChanged((change) => {
  if (change.store === 'meta') void followLockSetting();
});
void followLockSetting();

void recountBadge();
pruneSeenCharts();
// Also on every wake: an alarm lost to a browser restart must not lose a notification.
void notifyDue().catch(warnFailure('due notification'));
