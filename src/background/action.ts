import browser from 'webextension-polyfill';

/**
 * The toolbar click opens the panel and reads the page once. The panel must be opened before any
 * await: the user gesture that allows it does not survive one. Only a real click grants activeTab,
 * which is why the panel is not opened by openPanelOnActionClick.
 */
export function openPanelOnClick(readOnce: (tabId: number, tabUrl: string) => Promise<unknown>): void {
  if (__BROWSER__ === 'firefox') {
    browser.action.onClicked.addListener((tab) => {
      void browser.sidebarAction.toggle();
      if (tab.id !== undefined) void readOnce(tab.id, tab.url ?? '');
    });
    return;
  }
  chrome.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    void chrome.sidePanel.open({ tabId: tab.id });
    void readOnce(tab.id, tab.url ?? '');
  });
}
