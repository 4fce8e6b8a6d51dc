import browser from '../platform/browser';
import type { Tabs } from 'webextension-polyfill';
import { listenOnPage, sendFromPage } from '../messaging/page-transport';
import { isExtensionPage } from '../messaging/senders';
import type { PanelHost } from './host';
import { extensionTranslate } from '../ui/i18n';
import { localTimeZone } from '../ui/format';
import { extensionRequestsHost } from './requests-host-extension';

export function extensionHost(location: Location): PanelHost {
  const fixedTabId = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
  const isFixed = Number.isInteger(fixedTabId);
  // Known before any click: sidePanel.open must be the first call of the click, with no await before it.
  let windowId: number | undefined;
  const windowReady = browser.windows.getCurrent().then((window) => (windowId = window.id));

  async function activeTabOfThisWindow(): Promise<number | undefined> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }

  return {
    initialTabId: () => (isFixed ? Promise.resolve(fixedTabId) : activeTabOfThisWindow()),
    onBoundTabChanged(listener) {
      if (isFixed) return () => undefined;
      const onActivated = async (info: { tabId: number; windowId: number }) => {
        await windowReady;
        if (info.windowId === windowId) listener(info.tabId);
      };
      browser.tabs.onActivated.addListener(onActivated);
      return () => browser.tabs.onActivated.removeListener(onActivated);
    },
    getTabContext: (tabId) => sendFromPage({ type: 'context/get', tabId }),
    onTabContextChanged: (listener) =>
      listenOnPage((message, sender) => {
        // Only the background tells what a tab shows: a content script must not speak for a tab.
        if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
        if (message.type === 'context/changed') listener(message.tabId, message.tab, message.clientId);
        return undefined;
      }),
    rereadTab: async (tabId) => (await sendFromPage({ type: 'context/reread', tabId })).ok,
    dataChanged: async () => {
      await sendFromPage({ type: 'badge/refresh' });
    },
    openChart,
    openSidePanel:
      isFixed && __BROWSER__ === 'chrome'
        ? () => (windowId === undefined ? Promise.resolve() : chrome.sidePanel.open({ windowId }))
        : undefined,
    t: extensionTranslate,
    now: () => Date.now(),
    timeZone: localTimeZone(),
    locale: browser.i18n.getUILanguage(),
    sites: () => import('./site-host-extension').then((module) => module.extensionSiteHost()),
    requests: extensionRequestsHost(),
    syncStatus: () => sendFromPage({ type: 'sync/status' }),
    // The same function: sendFromPage answers every page request, the team's among them.
    team: sendFromPage as NonNullable<PanelHost['team']>,
  };
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tabs list their URL only for origins Rapport may read, which are exactly the systems a chart
 * can come from. Only http(s) URLs are opened: a stored URL must never become a script or a file.
 */
async function openChart(url: string): Promise<void> {
  const origin = originOf(url);
  if (!origin || !/^https?:$/.test(new URL(url).protocol)) throw new RangeError(`Not a chart address: ${url}`);
  const tabs = await browser.tabs.query({});
  const showing = tabs.find((tab) => tab.url === url);
  const sameSystem = showing ?? tabs.find((tab) => originOf(tab.url) === origin);
  if (sameSystem?.id === undefined) {
    await browser.tabs.create({ url });
    return;
  }
  await focus(sameSystem, showing ? undefined : url);
}

async function focus(tab: Tabs.Tab, navigateTo: string | undefined): Promise<void> {
  await browser.tabs.update(tab.id, navigateTo ? { url: navigateTo, active: true } : { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}
