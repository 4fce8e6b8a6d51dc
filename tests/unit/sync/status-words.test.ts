import { describe, expect, test } from 'vitest';
import { syncStatusMessages } from '../../../src/sync/status-words';
import { PLAIN_WORDING, wordsOf } from '../../../src/domain/text/message-keys';
import type { SyncStatusView } from '../../../src/model/sync-settings';
import messages from '../../../public/_locales/en/messages.json';

/** The status line as the options page words it, with the shipped English messages. */
const catalog = messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
function t(key: string, substitutions: string[] = []): string {
  const entry = catalog[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_all, name: string) => {
    const slot = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return substitutions[Number(slot.slice(1)) - 1] ?? '';
  });
}
const NOW = Date.UTC(2026, 2, 2, 14, 0);
const line = (view: Partial<SyncStatusView>, now = NOW) =>
  syncStatusMessages({ on: true, waiting: 0, needsSignIn: false, ...view }, now)
    .map((message) => wordsOf(message, t, PLAIN_WORDING))
    .join(' · ');

describe('the sync status line', () => {
  test('off says nothing (the section says sync is off)', () => {
    expect(syncStatusMessages({ on: false, waiting: 0, needsSignIn: false }, NOW)).toEqual([]);
  });

  test('when it last synced, in the largest whole unit, and what waits', () => {
    expect(line({})).toBe('Not synced yet · 0 changes waiting');
    expect(line({ lastSyncedAt: NOW - 20_000, waiting: 1 })).toBe('Synced just now · 1 change waiting');
    expect(line({ lastSyncedAt: NOW - 60_000, waiting: 2 })).toBe('Synced 1 minute ago · 2 changes waiting');
    expect(line({ lastSyncedAt: NOW - 59 * 60_000 })).toBe('Synced 59 minutes ago · 0 changes waiting');
    expect(line({ lastSyncedAt: NOW - 3 * 3_600_000 - 1 })).toBe('Synced 3 hours ago · 0 changes waiting');
    expect(line({ lastSyncedAt: NOW - 2 * 86_400_000 })).toBe('Synced 2 days ago · 0 changes waiting');
    // A clock set back never shows a time in the future.
    expect(line({ lastSyncedAt: NOW + 60_000 })).toBe('Synced just now · 0 changes waiting');
  });

  test('the last problem in words, and a refused sign-in as a stop', () => {
    expect(line({ lastSyncedAt: NOW - 5 * 60_000, waiting: 3, lastError: 'Rapport could not reach the team server (offline?); changes wait and sync later.' })).toBe(
      'Synced 5 minutes ago · 3 changes waiting · Last problem: Rapport could not reach the team server (offline?); changes wait and sync later.',
    );
    expect(line({ waiting: 1, needsSignIn: true, lastError: 'The team server signed you out. Sign in again to keep syncing.' })).toBe(
      'Not synced yet · 1 change waiting · Sync stopped: The team server signed you out. Sign in again to keep syncing.',
    );
  });
});
