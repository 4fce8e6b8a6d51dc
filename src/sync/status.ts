import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { notifyChanged } from '../store/changes';
import { COVER_PREFIX, OUTBOX_PREFIX } from '../store/sync-queue';
import type { SyncStatusView } from '../model/sync-settings';
import { loadSyncSettings, syncIsOn } from './settings';

/**
 * How the last sync rounds went, in the meta store beside the outbox (a device key: a backup
 * leaves it out). The background writes it after each round; the options page and the panel read
 * it for "Synced 3 minutes ago · 2 changes waiting".
 */
export const SYNC_STATUS_KEY = 'sync:status';

export const SyncStatusSchema = v.object({
  /** When a round last left nothing to push: the team server had every change made before it. */
  lastSyncedAt: v.optional(v.number()),
  /** The last failure, in words a care manager can act on; cleared by the next success. */
  lastError: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** What the last round's pull skipped because it did not map cleanly, in words. */
  skipped: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(20))),
  /** Failed rounds in a row: the backoff grows with them. */
  failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** No round before this instant (backoff, or the server's Retry-After). */
  retryAt: v.optional(v.number()),
  /** The part of that wait the server asked for (Retry-After): even "Sync now" honours it. */
  serverRetryAt: v.optional(v.number()),
  /**
   * The server refused the sign-in: rounds stop until the user signs in again, which changes the
   * connection's `connectedAt` (the value here is the one refused).
   */
  signInRefusedFor: v.optional(v.number()),
});
export type SyncStatus = v.InferOutput<typeof SyncStatusSchema>;

export const NO_STATUS: SyncStatus = { failures: 0 };

export async function loadSyncStatus(db: RapportDb): Promise<SyncStatus> {
  const parsed = v.safeParse(SyncStatusSchema, (await db.get('meta', SYNC_STATUS_KEY))?.value);
  return parsed.success ? parsed.output : { ...NO_STATUS };
}

export async function saveSyncStatus(db: RapportDb, status: SyncStatus): Promise<void> {
  await db.put('meta', { key: SYNC_STATUS_KEY, value: v.parse(SyncStatusSchema, status) });
  notifyChanged({ store: 'meta', ids: [SYNC_STATUS_KEY] });
}

/**
 * Changes this device has not pushed yet, covers asked for included: the keys of the meta store's
 * index of what waits (store/db.ts), nothing opened, never a walk past the server ids.
 */
export async function countWaiting(db: RapportDb): Promise<number> {
  const keys = await db.getAllKeysFromIndex('meta', 'by_waiting');
  return keys.filter((key) => key.startsWith(OUTBOX_PREFIX) || key.startsWith(COVER_PREFIX)).length;
}

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 30 * 60_000;

/** Doubling from 30 s per failure in a row, capped at 30 minutes; a server's Retry-After is honoured up to the cap. */
export function backoffDelay(failures: number, retryAfterMs?: number): number {
  const doubled = BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1);
  return Math.min(BACKOFF_CAP_MS, Math.max(doubled, retryAfterMs ?? 0));
}

/** What a page shows: the stored status, the outbox's size, and whether sync is on at all. */
export async function readStatusView(db: RapportDb): Promise<SyncStatusView> {
  const settings = await loadSyncSettings(db);
  if (!syncIsOn(settings)) return { on: false, waiting: 0, needsSignIn: false };
  const status = await loadSyncStatus(db);
  return {
    on: true,
    ...(status.lastSyncedAt !== undefined ? { lastSyncedAt: status.lastSyncedAt } : {}),
    waiting: await countWaiting(db),
    ...(status.lastError !== undefined ? { lastError: status.lastError } : {}),
    needsSignIn: status.signInRefusedFor !== undefined && status.signInRefusedFor === (settings.connectedAt ?? 0),
  };
}
