import * as v from 'valibot';
import { PanelShowSchema, ShortcutRecordSchema, type PanelShowRequest, type ShortcutRecord } from '../messaging/schema';
import { SESSION_KEYS } from '../messaging/session-keys';

/**
 * What the background left in storage.session for the next panel, checked like any message.
 * Loaded on demand (requests-host-extension.ts): the message schemas are not in the first paint.
 */
export function parseStoredRequests(stored: Record<string, unknown>): { shortcut: ShortcutRecord | null; show: PanelShowRequest | null } {
  const shortcut = v.safeParse(ShortcutRecordSchema, stored[SESSION_KEYS.lastShortcut]);
  const show = v.safeParse(PanelShowSchema, stored[SESSION_KEYS.panelShow]);
  return { shortcut: shortcut.success ? shortcut.output : null, show: show.success ? show.output : null };
}
