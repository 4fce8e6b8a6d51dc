import browser from 'webextension-polyfill';
import { broadcast } from '../messaging/transport';
import { SESSION_KEYS, type PanelShowRequest } from '../messaging/schema';
import type { DueNotice } from './due-notify';

export const DUE_NOTIFICATION_ID = 'rapport:callbacks-due';
/** storage.session key: a view a panel opening now should show. */
export const PANEL_SHOW_KEY = SESSION_KEYS.panelShow;

const warn = (what: string) => (error: unknown) => console.warn('[rapport]', what, error);

/** `notifications` is optional: its API exists only while the user allows it. */
const api = () => (browser as unknown as { notifications?: typeof browser.notifications }).notifications;

export const notificationsPermitted = () => browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);

export async function showDueNotification(notice: DueNotice): Promise<void> {
  const notifications = api();
  if (!notifications) return;
  await notifications.create(DUE_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: notice.title,
    message: notice.message,
  });
}

/**
 * The click's user gesture lets the panel open, but only before any await: Chrome refuses
 * sidePanel.open() once the listener has awaited anything, hence the current window by its alias.
 */
function openPanelNow(): void {
  if (__BROWSER__ === 'firefox') void browser.sidebarAction.open().catch(warn('sidebar open'));
  else void chrome.sidePanel.open({ windowId: chrome.windows.WINDOW_ID_CURRENT }).catch(warn('side panel open'));
}

/** The panel, opening now or already open, turns to the caseload; its window comes to the front. */
async function showCaseload(): Promise<void> {
  const request: PanelShowRequest = { view: 'caseload', at: Date.now() };
  await browser.storage.session.set({ [PANEL_SHOW_KEY]: request });
  await broadcast({ type: 'panel/show', request });
  const window = await browser.windows.getLastFocused().catch(() => undefined);
  if (window?.id === undefined) return;
  await browser.windows.update(window.id, { focused: true }).catch(warn('focus window'));
}

let listening = false;

/**
 * Registers the click listener when the API exists: at the worker's first turn if the permission is
 * already granted, or as soon as it is granted (permissions.onAdded).
 */
export function listenForNotificationClicks(): void {
  const notifications = api();
  if (listening || !notifications) return;
  listening = true;
  notifications.onClicked.addListener((id) => {
    if (id !== DUE_NOTIFICATION_ID) return;
    openPanelNow();
    void notifications.clear(id);
    void showCaseload().catch(warn('show caseload'));
  });
}
