import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { openLive } from '../store/base';
import { isTombstone, type StoreRecords, type Stored } from '../model/records';
import { SHARED_STORES, type SharedStore } from '../domain/fhir/shared';
import { anyServerIds, loadServerIds, recordKey, serverIdsBetween, settlePushed, type OutboxEntry } from './outbox';
import { clientsOf, inBatches, pushBatch, rememberedIds, STANDING_ALONE, type Echoes, type PushResult, type RememberedIds, type Settled } from './push';
import { slicesWithStays } from './stay';
import { slicesWithPlans } from './discharge-plan';
import type { Send } from './transport';

/**
 * The caseload this device had before sync was on never passed through the outbox: the first round
 * against a server pushes every enrolled client, with the records of theirs the team shares, once,
 * read straight from their stores in key order, a run of records at a time (an outbox entry per
 * record would be written, read and cleared for nothing). A server already seeded is not seeded
 * again (signing in anew is no reason to resend everything), and a record the server never had
 * that was deleted here is nothing to tell it.
 *
 * A stop anywhere resumes from the stored cursor, the last record of a run the server committed,
 * written with the run's server ids in one transaction: a run sent again finds its copies by
 * Rapport's identifier (conditional create), and a record whose server id is known is not sent
 * again. An edit made meanwhile has its own outbox entry and goes through the outbox (round.ts).
 */
const SEEDED_KEY = 'sync:seeded';
const SEEDING_KEY = 'sync:seeding';
const SeedingSchema = v.object({ fhirBase: v.string(), store: v.picklist(SHARED_STORES), after: v.optional(v.string()) });
type Seeding = v.InferOutput<typeof SeedingSchema>;

/** Clients first: the other records refer to their Patient by its server id. */
const ORDER: readonly SharedStore[] = ['clients', ...SHARED_STORES.filter((store) => store !== 'clients')];
/** Records read, opened and pushed together: the cursor moves once a run (a few dozen transactions) is on the server. */
const RUN = 256;

/**
 * `scope`: the patients of the user's care teams as the server stated them; records of a client the
 * server had before and no longer shows the user stay here (as push.ts holds back their changes).
 */
export async function uploadCaseloadOnce(db: RapportDb, send: Send, fhirBase: string, now: number, echoes: Echoes, scope?: ReadonlySet<string>): Promise<PushResult> {
  const result: PushResult = { pushed: 0, merged: 0 };
  if ((await db.get('meta', SEEDED_KEY))?.value === fhirBase) return result;
  const stored = v.safeParse(SeedingSchema, (await db.get('meta', SEEDING_KEY))?.value);
  const from: Seeding = stored.success && stored.output.fhirBase === fhirBase ? stored.output : { fhirBase, store: 'clients' };
  // Read in the clear even when sealed: tombstones, enrolment and clientId stay readable.
  const clientRows = (await db.getAll('clients')).filter((row) => !isTombstone(row) && row.enrolledAt !== undefined);
  const caseload = new Set(clientRows.map((row) => row.id));
  const patientsBefore = await loadServerIds(db, 'clients');
  const remembered = rememberedIds(db);
  for (const [id, serverId] of patientsBefore) remembered.ids.clients.set(id, serverId);
  const heldBack = (clientId: string) => scope !== undefined && patientsBefore.has(clientId) && !scope.has(patientsBefore.get(clientId)!);

  for (const store of ORDER.slice(ORDER.indexOf(from.store))) {
    let after = store === from.store ? from.after : undefined;
    // A store none of whose records the server has yet (a first upload from its start) has no ids to
    // read back run by run: what this upload remembers lies before the next run's range.
    const noneKnown = !(await anyServerIds(db, store));
    for (;;) {
      const rows: Stored<SharedStore>[] =
        store === 'clients'
          ? clientRows.filter((row) => after === undefined || row.id > after).slice(0, RUN)
          : await db.getAll(store, after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), RUN);
      if (!rows.length) break;
      after = rows.at(-1)!.id;
      const known = noneKnown ? new Map<string, string>() : await serverIdsBetween(db, store, rows[0]!.id, after);
      const wanted = rows.filter((row) => {
        if (isTombstone(row) || known.has(row.id)) return false;
        if (store === 'clients') return true;
        const { clientId } = row as { clientId: string };
        if (!caseload.has(clientId)) return false;
        if (!heldBack(clientId)) return true;
        result.heldBack = (result.heldBack ?? 0) + 1;
        return false;
      });
      const settled = await pushRun(db, send, store, wanted, remembered, result, now, echoes);
      await settlePushed(db, settled, true, { key: SEEDING_KEY, value: { fhirBase, store, after } satisfies Seeding });
    }
  }
  await db.put('meta', { key: SEEDED_KEY, value: fhirBase });
  await db.delete('meta', SEEDING_KEY);
  return result;
}

/** The run's transactions, one after another; answers the server ids of what the server committed. */
async function pushRun(db: RapportDb, send: Send, store: SharedStore, rows: readonly Stored<SharedStore>[], remembered: RememberedIds, result: PushResult, now: number, echoes: Echoes): Promise<Settled[]> {
  const settled: Settled[] = [];
  const records = await openLive(db, store, rows);
  if (!records.length) return settled;
  const read = new Map<string, StoreRecords[SharedStore]>(records.map((record) => [recordKey({ store, id: record.id }), record]));
  const entries: OutboxEntry[] = records.map((record) => ({ store, id: record.id, queuedAt: now, edits: 1 }));
  if (store !== 'clients') await remembered.lookUp(clientsOf(records.map((record) => (record as { clientId?: string }).clientId)));
  if (STANDING_ALONE.includes(store)) {
    for (const batch of inBatches(entries)) await pushBatch(db, send, batch, remembered, result, now, echoes, read, settled, true);
    return settled;
  }
  const slices = store === 'clients' ? slicesWithStays(entries, remembered.ids.clients) : await slicesWithPlans(db, entries);
  for (const slice of slices) await pushBatch(db, send, slice, remembered, result, now, echoes, read, settled);
  return settled;
}
