import browser from 'webextension-polyfill';
import { broadcast } from '../messaging/transport';
import type { ShortcutRecord } from '../messaging/schema';
import { LAST_SHORTCUT_KEY, LOG_CALL_COMMAND } from './shortcuts';

type CommandTab = { id?: number } | undefined;
type OnCommand = (command: string, tab?: CommandTab) => void;

const warn = (what: string) => (error: unknown) => console.warn('[rapport]', what, error);

/** The panel must be open to show which client a shortcut acted on: open it before any await. */
function openPanelNow(tabId: number | undefined): void {
  if (__BROWSER__ === 'firefox') {
    void browser.sidebarAction.open().catch(warn('sidebar open'));
    return;
  }
  if (tabId !== undefined) void chrome.sidePanel.open({ tabId }).catch(warn('side panel open'));
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/**
 * Keyboard shortcuts other than `_execute_action` (which the browser turns into the toolbar click,
 * handled in action.ts). The result of `log-successful-call` is kept in storage.session, for a panel
 * that is only opening now, and broadcast to panels already open.
 */
export function listenForCommands(logCall: (tabId: number) => Promise<ShortcutRecord | null>): OnCommand {
  const onCommand: OnCommand = (command, tab) => {
    if (command !== LOG_CALL_COMMAND) return;
    openPanelNow(tab?.id);
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId === undefined) return;
      const record = await logCall(tabId);
      if (!record) return;
      await browser.storage.session.set({ [LAST_SHORTCUT_KEY]: record });
      await broadcast({ type: 'shortcut/done', record });
    })().catch(warn('shortcut'));
  };
  if (__BROWSER__ === 'firefox') browser.commands.onCommand.addListener(onCommand);
  else chrome.commands.onCommand.addListener(onCommand);
  return onCommand;
}
