import browser from 'webextension-polyfill';
import { listen, send } from '../messaging/transport';
import type { PanelHost } from './host';

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
    getTabContext: async (tabId) => (await send<'context/get'>({ type: 'context/get', tabId }))?.tab ?? null,
    onTabContextChanged: (listener) =>
      listen((message) => {
        if (message.type === 'context/changed' && message.tab) listener(message.tab);
        return undefined;
      }),
    rereadTab: async (tabId) => (await send<'context/reread'>({ type: 'context/reread', tabId }))?.ok ?? false,
    dataChanged: async () => {
      await send<'badge/refresh'>({ type: 'badge/refresh' });
    },
    openSidePanel:
      isFixed && __BROWSER__ === 'chrome'
        ? () => (windowId === undefined ? Promise.resolve() : chrome.sidePanel.open({ windowId }))
        : undefined,
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    now: () => Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
