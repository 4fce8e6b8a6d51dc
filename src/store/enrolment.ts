import { DAY_MS } from '../domain/time/dates';
import { META_KEYS } from '../model/meta';
import { isTombstone, type ClientRecord } from '../model/records';
import { getLive, NotFoundError } from './base';
import { notifyChanged } from './changes';
import { queueForTeam } from './sync-queue';
import { deleteClientCompletely } from './erase';
import type { RapportDb } from './db';

/**
 * A client joins the caseload when the user says so or acts for them (a contact, a callback, a
 * tick, a pain point); until then they were only seen. `enrolledAt` stays readable when records
 * are sealed and is kept without a revision bump, like the contact summary: joining is not an
 * edit of the client's details, and must not make an open form look stale.
 */
/** "Add to my caseload": idempotent, the first enrolment time is kept. */
export async function enrolClient(db: RapportDb, clientId: string, now: number): Promise<ClientRecord> {
  const tx = db.transaction(['clients', 'meta'], 'readwrite');
  tx.done.catch(() => {});
  const clients = tx.objectStore('clients');
  const stored = await clients.get(clientId);
  if (!stored || isTombstone(stored)) throw new NotFoundError('clients', clientId);
  const changed = stored.enrolledAt === undefined;
  if (changed) {
    const enrolled = { ...stored, enrolledAt: now };
    await clients.put(enrolled);
    // Joining the caseload is when the team first hears of the client.
    await queueForTeam(tx, { store: 'clients', id: clientId, record: enrolled }, now);
  }
  await tx.done;
  if (changed) notifyChanged({ store: 'clients', ids: [clientId] });
  const client = await getLive(db, 'clients', clientId);
  if (!client) throw new NotFoundError('clients', clientId);
  return client;
}

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
