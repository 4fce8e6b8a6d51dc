import type { RapportDb } from '../store/db';
import { recordSeenClient } from '../store/clients';
import { codecOf } from '../store/vault/codec';
import { systemForUrl } from '../context/site';
import { SESSION_KEYS, type ShortcutRecord, type TabContext } from '../messaging/schema';

/** The command id in manifest.json `commands`. */
export const LOG_CALL_COMMAND = 'log-successful-call';
/** storage.session key of the last shortcut action, for a panel that opens after it happened. */
export const LAST_SHORTCUT_KEY = SESSION_KEYS.lastShortcut;

export interface ShortcutDeps {
  db: () => Promise<RapportDb>;
  now: () => number;
  tabContext: (tabId: number) => Promise<TabContext | null>;
}

/**
 * "I just had a successful call with the client on screen": logs it now for the client the tab's
 * best frame shows, resolved exactly as the panel resolves it (same system, same URL), and answers
 * which client that was, so the panel can name them and offer Undo. Nobody on screen: nothing logged.
 */
export async function logCallForTab(tabId: number, deps: ShortcutDeps): Promise<ShortcutRecord> {
  const tab = await deps.tabContext(tabId);
  const at = deps.now();
  const context = tab?.context;
  if (!tab || !context) return { kind: 'no-client', tabId, at };
  const db = await deps.db();
  // Locked, nothing can be sealed: say so rather than fail silently (the panel asks to unlock).
  if (codecOf(db).status === 'locked') return { kind: 'locked', tabId, at };
  const { client, contact } = await recordSeenClient(
    db,
    { context, system: systemForUrl(tab.frameUrl, context.source), url: tab.url },
    at,
    { at, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] },
  );
  if (!contact) throw new Error('The call was not logged');
  return { kind: 'logged', tabId, at, contactId: contact.id, clientId: client.id, name: client.name };
}
