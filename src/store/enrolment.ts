import { DAY_MS } from '../domain/time/dates';
import { META_KEYS } from '../model/meta';
import { isTombstone } from '../model/records';
import { deleteClientCompletely } from './erase';
import type { RapportDb } from './db';

// Enrolment is apart from pruning so that the panel's first paint does not load erasure.
export { enrolClient } from './enrol';

/** Pruning runs at most this often, whatever wakes the background. */
const PRUNE_EVERY_MS = DAY_MS / 4;

/**
 * Forgets clients only seen (never enrolled) whose record nobody touched within `retentionDays`:
 * every visit to their chart touches it. They leave tombstones as any deletion does, so no backup
 * or merge brings them back. Reads only fields that stay in the clear when records are sealed.
 * Answers how many were forgotten.
 */
export async function pruneSeenClients(db: RapportDb, now: number, retentionDays: number): Promise<number> {
  const cutoff = now - retentionDays * DAY_MS;
  const clients = await db.getAllFromIndex('clients', 'by_updatedAt', IDBKeyRange.upperBound(cutoff, true));
  const stale = clients.filter((client) => !isTombstone(client) && client.enrolledAt === undefined);
  for (const client of stale) await deleteClientCompletely(db, client.id, now);
  return stale.length;
}

/** Prunes when the last pruning is older than a few hours; the checkpoint lives with the data. */
export async function pruneSeenClientsIfDue(db: RapportDb, now: number, retentionDays: number): Promise<number> {
  const last = (await db.get('meta', META_KEYS.seenPrunedAt))?.value;
  if (typeof last === 'number' && now >= last && now - last < PRUNE_EVERY_MS) return 0;
  const pruned = await pruneSeenClients(db, now, retentionDays);
  await db.put('meta', { key: META_KEYS.seenPrunedAt, value: now });
  return pruned;
}
