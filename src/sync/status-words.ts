import type { Message } from '../domain/text/message-keys';
import type { SyncStatusView } from '../model/sync-settings';
import { DAY_MS } from '../domain/time/dates';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * What the options page and the panel say about team sync: when it last synced (in the largest
 * whole unit), how many changes wait, and the last problem in words. The UI words the keys.
 */
export function syncStatusMessages(view: SyncStatusView, now: number): Message[] {
  if (!view.on) return [];
  const counted = (key: string, count: number): Message => ({ key, args: [String(count)], count });
  const messages: Message[] = [lastSynced(view.lastSyncedAt, now, counted), counted('syncWaiting', view.waiting)];
  if (view.lastError) messages.push({ key: view.needsSignIn ? 'syncNeedsSignIn' : 'syncLastError', args: [view.lastError] });
  return messages;
}

function lastSynced(at: number | undefined, now: number, counted: (key: string, count: number) => Message): Message {
  if (at === undefined) return { key: 'syncNeverSynced', args: [] };
  const ago = Math.max(0, now - at);
  if (ago < MINUTE) return { key: 'syncSyncedJustNow', args: [] };
  if (ago < HOUR) return counted('syncSyncedMinutesAgo', Math.floor(ago / MINUTE));
  if (ago < DAY_MS) return counted('syncSyncedHoursAgo', Math.floor(ago / HOUR));
  return counted('syncSyncedDaysAgo', Math.floor(ago / DAY_MS));
}
