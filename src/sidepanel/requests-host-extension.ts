import browser from '../platform/browser';
import * as v from 'valibot';
import { listenOnPage } from '../messaging/page-transport';
import type { Sender } from '../messaging/boundary';
import { isExtensionPage } from '../messaging/senders';
import { PanelShowSchema, SESSION_KEYS, ShortcutRecordSchema } from '../messaging/schema';
import type { BackgroundRequestsHost } from './models/shortcut-notices';

const { lastShortcut: LAST_SHORTCUT_KEY, panelShow: PANEL_SHOW_KEY } = SESSION_KEYS;

/** Only our own extension contexts may make a panel announce something: never a content script. */
function fromExtension(sender: Sender): boolean {
  return isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''));
}

export function extensionRequestsHost(): BackgroundRequestsHost {
  return {
    async pending() {
      const stored = await browser.storage.session.get([LAST_SHORTCUT_KEY, PANEL_SHOW_KEY]);
      const shortcut = v.safeParse(ShortcutRecordSchema, stored[LAST_SHORTCUT_KEY]);
      const show = v.safeParse(PanelShowSchema, stored[PANEL_SHOW_KEY]);
      return { shortcut: shortcut.success ? shortcut.output : null, show: show.success ? show.output : null };
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
