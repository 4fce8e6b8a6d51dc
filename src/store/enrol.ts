import { isTombstone, type ClientRecord } from '../model/records';
import { getLive, NotFoundError } from './base';
import { notifyChanged } from './changes';
import { queueForTeam } from './sync-queue';
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
