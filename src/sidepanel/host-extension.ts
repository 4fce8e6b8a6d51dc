import browser from '../platform/browser';
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
    // Only the caseload and a handoff open charts: the code comes with the first one.
    openChart: (url) => import('./open-chart').then((module) => module.openChart(url)),
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
