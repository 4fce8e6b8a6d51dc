import { applyPatch, buildRecord, ContentionError, enrolInTransaction, MAX_ATTEMPTS, openLive, StaleWriteError } from './base';
import { notifyChanged } from './changes';
import type { StoreNames } from 'idb';
import type { RapportDb, RapportSchema } from './db';
import { codecOf } from './vault/codec';
import { queueForTeam, withOutbox } from './sync-queue';
import type { ChecklistRecord, Stored } from '../model/records';

export interface ChecklistItemRef {
  clientId: string;
  templateId: string;
  itemId: string;
}

const sameItem = (ref: ChecklistItemRef) => (r: ChecklistRecord) => r.templateId === ref.templateId && r.itemId === ref.itemId;

/** The revision of every row, tombstones included: what changed between a read and a write. */
const versions = (rows: readonly Stored<'checklists'>[]) => rows.map((row) => `${row.id}@${row.rev}`).sort().join(',');

/**
 * Rewrites one item's ticks, creating its row on the first tick. The client's rows are read and
 * opened, the new row computed and sealed, then written only if none of the client's rows changed
 * in between (WebCrypto cannot run inside a transaction); otherwise another round. A tick is an
 * act for the client, so it enrols them in the same transaction. `expectedRev` refuses a row
 * changed since the caller read it (StaleWriteError).
 */
async function changeTicks(
  db: RapportDb,
  ref: ChecklistItemRef,
  now: number,
  change: (ticks: number[]) => number[] | null,
  { enrols, expectedRev }: { enrols: boolean; expectedRev?: number },
): Promise<ChecklistRecord | undefined> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const rows = await db.getAllFromIndex('checklists', 'by_client', ref.clientId);
    const existing = (await openLive(db, 'checklists', rows)).find(sameItem(ref));
    if (existing && expectedRev !== undefined && existing.rev !== expectedRev) throw new StaleWriteError(existing, expectedRev);
    const ticks = change(existing?.ticks ?? []);
    if (ticks === null) return undefined;
    const next = existing ? applyPatch<'checklists'>(existing, { ticks }, now) : buildRecord<'checklists'>({ ...ref, ticks }, now);
    const sealed = await codecOf(db).seal('checklists', next);

    const stores: StoreNames<RapportSchema>[] = [...withOutbox('checklists'), 'clients'];
    const tx = db.transaction(stores, 'readwrite');
    tx.done.catch(() => {});
    const checklists = tx.objectStore('checklists');
    if (versions(await checklists.index('by_client').getAll(ref.clientId)) !== versions(rows)) {
      await tx.done;
      continue;
    }
    await checklists.put(sealed);
    await queueForTeam(tx, { store: 'checklists', id: next.id, ...(existing ? { fields: ['ticks'] } : {}), record: next }, now);
    if (enrols) await enrolInTransaction(tx.objectStore('clients'), ref.clientId, now);
    await tx.done;
    notifyChanged({ store: 'checklists', ids: [next.id] });
    if (enrols) notifyChanged({ store: 'clients', ids: [ref.clientId] });
    return next;
  }
  throw new ContentionError('checklists', ref.itemId);
}

/** Records that the act was done (again) at `now`; the history of ticks is kept. */
export async function tickItem(db: RapportDb, ref: ChecklistItemRef, now: number): Promise<ChecklistRecord> {
  // Newest last even when two windows' ticks commit out of order.
  return (await changeTicks(db, ref, now, (ticks) => [...ticks, now].sort((a, b) => a - b), { enrols: true })) as ChecklistRecord;
}

/**
 * Undo of the latest tick; undefined when there was nothing to undo. With `expectedRev`, a row
 * ticked or unticked elsewhere since the caller read it is refused (StaleWriteError): the latest
 * tick may no longer be the one the user meant to take off.
 */
export function untickLast(db: RapportDb, ref: ChecklistItemRef, now: number, expectedRev?: number): Promise<ChecklistRecord | undefined> {
  return changeTicks(db, ref, now, (ticks) => (ticks.length === 0 ? null : ticks.slice(0, -1)), { enrols: false, expectedRev });
}

/** Every checklist row of a client, all templates: the panel shows several checklists at once. */
export async function checklistsForClient(db: RapportDb, clientId: string): Promise<ChecklistRecord[]> {
  return openLive(db, 'checklists', await db.getAllFromIndex('checklists', 'by_client', clientId));
}

/** The client's rows for one template, one per item ever ticked. */
export async function checklistFor(db: RapportDb, clientId: string, templateId: string): Promise<ChecklistRecord[]> {
  return (await checklistsForClient(db, clientId)).filter((r) => r.templateId === templateId);
}

/**
 * Puts back a tick that was taken off (Undo of an untick), at its original time, so the history
 * reads as if the untick never happened.
 */
export async function restoreTick(db: RapportDb, ref: ChecklistItemRef, at: number, now: number): Promise<ChecklistRecord> {
  return (await changeTicks(db, ref, now, (ticks) => [...ticks, at].sort((a, b) => a - b), { enrols: true })) as ChecklistRecord;
}
