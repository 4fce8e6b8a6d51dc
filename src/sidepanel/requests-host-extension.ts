import browser from '../platform/browser';
import { listenOnPage } from '../messaging/page-transport';
import type { Sender } from '../messaging/boundary';
import { isExtensionPage } from '../messaging/senders';
import { SESSION_KEYS } from '../messaging/session-keys';
import type { BackgroundRequestsHost } from './models/shortcut-notices';

const { lastShortcut: LAST_SHORTCUT_KEY, panelShow: PANEL_SHOW_KEY } = SESSION_KEYS;

/** Only our own extension contexts may make a panel announce something: never a content script. */
function fromExtension(sender: Sender): boolean {
  return isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''));
}

export function extensionRequestsHost(): BackgroundRequestsHost {
  return {
    async pending() {
      const [stored, { parseStoredRequests }] = await Promise.all([
        browser.storage.session.get([LAST_SHORTCUT_KEY, PANEL_SHOW_KEY]),
        import('./stored-requests'),
      ]);
      return parseStoredRequests(stored);
    },
    onShortcut: (listener) =>
      listenOnPage((message, sender) => {
        if (message.type === 'shortcut/done' && fromExtension(sender)) listener(message.record);
        return undefined;
      }),
    onShow: (listener) =>
      listenOnPage((message, sender) => {
        if (message.type === 'panel/show' && fromExtension(sender)) listener(message.request);
        return undefined;
      }),
  };
}
