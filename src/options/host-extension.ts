import browser from 'webextension-polyfill';
import { sendFromPage } from '../messaging/page-transport';
import type { OptionsHost } from './model';
import { extensionTranslate } from '../ui/i18n';

export function extensionOptionsHost(): OptionsHost {
  return {
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    staticMatches: () => (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []),
    revoke: (pattern) => browser.permissions.remove({ origins: [pattern] }),
    onAccessChanged(listener) {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
    },
    profilesChanged: async () => {
      await sendFromPage({ type: 'site/profiles-changed' });
    },
    t: extensionTranslate,
    now: () => Date.now(),
  };
}
