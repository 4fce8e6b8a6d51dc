import browser from 'webextension-polyfill';
import { openRapportDb } from '../store/db';
import { listen } from '../messaging/transport';
import { BADGE_ALARM, refreshBadge } from './badge';
import { route } from './router';
import { askTabToReport, forgetTab } from './tab-contexts';
import { injectReader, reinjectOpenTabs } from './content-script';
import { openPanelOnClick } from './action';

/**
 * Every listener is registered synchronously at the top level: a stopped worker is woken by the
 * event that needs it and only sees listeners that exist on its first turn.
 */
const now = () => Date.now();
let dbPromise: ReturnType<typeof openRapportDb> | undefined;
const db = () => (dbPromise ??= openRapportDb());
const recountBadge = async () => refreshBadge(await db(), now());

listen(route({ now, refreshBadge: recountBadge }));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) void recountBadge();
});

browser.runtime.onStartup.addListener(() => void recountBadge());
browser.runtime.onInstalled.addListener(() => {
  void recountBadge();
  void reinjectOpenTabs();
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url !== undefined) void forgetTab(tabId);
  // A reader only reports changes: after any navigation ask again, so nothing forgotten stays unknown.
  if (change.status === 'complete') void askTabToReport(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

openPanelOnClick((tabId) => injectReader(tabId));

void recountBadge();
