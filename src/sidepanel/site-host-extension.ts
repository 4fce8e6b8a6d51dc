import browser from '../platform/browser';
import { listenOnPage, sendFromPage } from '../messaging/page-transport';
import { isExtensionPage } from '../messaging/senders';
import { accessPatternFor, patternCovers } from '../domain/sites/site-access';
import type { SiteHost } from './models/site';

/** The site controls' browser: permissions here (they need the click), the rest through the background. */
export function extensionSiteHost(): SiteHost {
  const staticMatches = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return {
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    async access(url) {
      if (staticMatches.some((match) => patternCovers(match, url))) return 'built-in';
      const pattern = accessPatternFor(url);
      return pattern && (await browser.permissions.contains({ origins: [pattern] })) ? 'enabled' : 'not-enabled';
    },
    requestAccess: (pattern) => browser.permissions.request({ origins: [pattern] }),
    enable: async (origin) => (await sendFromPage({ type: 'site/enable', origin })).registered,
    startPicker: async (tabId, field) => (await sendFromPage({ type: 'picker/start', tabId, field })).ok,
    stopPicker: async (tabId) => {
      await sendFromPage({ type: 'picker/stop', tabId });
    },
    onPicker(listener) {
      const runtimeId = browser.runtime.id;
      const extensionOrigin = browser.runtime.getURL('');
      return listenOnPage((message, sender) => {
        // Only the background relays picks; a content script's own messages are not for the panel.
        if (!isExtensionPage(sender, runtimeId, extensionOrigin)) return undefined;
        if (message.type === 'picker/result') listener({ kind: 'picked', ...message });
        if (message.type === 'picker/aborted') listener({ kind: 'aborted', tabId: message.tabId });
        return undefined;
      });
    },
    profilesChanged: async () => {
      await sendFromPage({ type: 'site/profiles-changed' });
    },
  };
}
