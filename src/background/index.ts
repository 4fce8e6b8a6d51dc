import browser from 'webextension-polyfill';
import { openRapportDb } from '../store/db';
import { listen } from '../messaging/transport';
import { BADGE_ALARM, refreshBadge } from './badge';
import { route } from './router';
import { askTabToReport, forgetTab } from './tab-contexts';
import { broadcast } from '../messaging/transport';
import { contentScriptFile, injectReader, reinjectOpenTabs } from './content-script';
import { openPanelOnClick } from './action';
import { createSiteAccess } from './sites';
import { browserSiteApi } from './site-api';
import { siteRoutes } from './site-routes';

/**
 * Every listener is registered synchronously at the top level: a stopped worker is woken by the
 * event that needs it and only sees listeners that exist on its first turn.
 */
const now = () => Date.now();
let dbPromise: ReturnType<typeof openRapportDb> | undefined;
const db = () => (dbPromise ??= openRapportDb());
const recountBadge = async () => refreshBadge(await db(), now());

const siteAccess = createSiteAccess(browserSiteApi(), contentScriptFile);

listen(route({ now, refreshBadge: recountBadge, sites: siteRoutes({ db, access: siteAccess }) }));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) void recountBadge();
});

browser.runtime.onStartup.addListener(() => {
  void recountBadge();
  void siteAccess.reconcile();
});
browser.runtime.onInstalled.addListener(() => {
  void recountBadge();
  void siteAccess.reconcile().then(reinjectOpenTabs);
});

// Grants from the panel and from the browser's own site-access menu arrive here alike.
browser.permissions.onAdded.addListener((added) => void siteAccess.onAdded(added.origins ?? []));
browser.permissions.onRemoved.addListener((removed) => void siteAccess.onRemoved(removed.origins ?? []));

/** The tab shows nobody Rapport can read: open panels must stop showing its old client at once. */
const forgetAndTell = async (tabId: number) => {
  await forgetTab(tabId);
  await broadcast({ type: 'context/changed', tabId, tab: null });
};

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url !== undefined) void forgetAndTell(tabId);
  // A reader only reports changes: after any load ask again. No answer means no reader (a revoked
  // site, a one-off toolbar read, a reload of the same URL): what the tab showed is gone.
  if (change.status === 'complete') {
    void askTabToReport(tabId).then((answered) => (answered ? undefined : forgetAndTell(tabId)));
  }
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

openPanelOnClick((tabId) => injectReader(tabId));

void recountBadge();
