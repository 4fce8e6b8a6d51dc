import browser from 'webextension-polyfill';
import type { SiteApi } from './sites';
import { injectReader } from './content-script';

/** SiteApi over the real extension APIs. */
export function browserSiteApi(): SiteApi {
  return {
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    staticMatches: () => (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []),
    hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    registeredScripts: () => browser.scripting.getRegisteredContentScripts(),
    register: (scripts) =>
      browser.scripting.registerContentScripts(
        scripts.map(({ id, pattern, file }) => ({
          id,
          matches: [pattern],
          js: [file],
          allFrames: true,
          runAt: 'document_idle' as const,
          persistAcrossSessions: true,
        })),
      ),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    tabsUnder: async (pattern) =>
      (await browser.tabs.query({ url: pattern })).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    inject: (tabId) => injectReader(tabId),
  };
}
