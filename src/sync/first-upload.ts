import type { StoreNames } from 'idb';
import type { RapportDb, RapportSchema } from '../store/db';
import { OUTBOX_PREFIX, outboxKey, queueChange, type OutboxEntry } from '../store/sync-queue';
import { isTombstone } from '../model/records';
import { SHARED_STORES, type SharedStore } from '../domain/fhir/shared';

/**
 * The caseload this device had before sync was on never passed through the outbox: the first round
 * against a server queues every enrolled client, with the records of theirs the team shares, once. A server
 * already seeded is not seeded again (signing in anew is no reason to resend everything), and a
 * record the server never had that was deleted here is nothing to tell it.
 */
const SEEDED_KEY = 'sync:seeded';

/** Answers how many records were queued (0 when this server was seeded before). */
export async function queueCaseloadOnce(db: RapportDb, fhirBase: string, now: number): Promise<number> {
  if ((await db.get('meta', SEEDED_KEY))?.value === fhirBase) return 0;
  const clientRecords = SHARED_STORES.filter((store) => store !== 'clients');
  const stores: StoreNames<RapportSchema>[] = ['clients', ...clientRecords, 'meta'];
  const tx = db.transaction(stores, 'readwrite');
  tx.done.catch(() => {});
  // Read in the clear even when sealed: tombstones, enrolment and clientId stay readable.
  const clients = (await tx.objectStore('clients').getAll()).filter((client) => !isTombstone(client) && client.enrolledAt !== undefined);
  const caseload = new Set(clients.map((client) => client.id));
  const meta = tx.objectStore('meta');
  // A record with a change pending already folds this one into its entry; every other gets a new
  // entry without a read first (a first upload queues one per record, thousands of them).
  const pending = new Set((await meta.index('by_waiting').getAllKeys()).filter((key) => key.startsWith(OUTBOX_PREFIX)));
  let queued = 0;
  const queue = async (store: SharedStore, id: string) => {
    if (pending.has(outboxKey(store, id))) await queueChange(meta, store, id, undefined, now);
    else await meta.put({ key: outboxKey(store, id), value: { store, id, queuedAt: now, edits: 1 } satisfies OutboxEntry });
    queued++;
  };
  for (const client of clients) await queue('clients', client.id);
  for (const store of clientRecords) {
    for (const record of await tx.objectStore(store).getAll()) {
      if (isTombstone(record) || !caseload.has(record.clientId)) continue;
      await queue(store, record.id);
    }
  }
  await meta.put({ key: SEEDED_KEY, value: fhirBase });
  await tx.done;
  return queued;
}
