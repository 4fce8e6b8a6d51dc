import { applyPatch, buildRecord, StaleWriteError, writeTx } from './base';
import { notifyChanged } from './changes';
import type { RapportDb } from './db';
import { isTombstone, type ChecklistRecord, type Stored } from './records';

export interface ChecklistItemRef {
  clientId: string;
  templateId: string;
  itemId: string;
}

/** A client has a few dozen checklist rows at most: reading them all by client is cheap. */
function live(rows: readonly Stored<'checklists'>[]): ChecklistRecord[] {
  return rows.filter((r): r is ChecklistRecord => !isTombstone(r));
}

const sameItem = (ref: ChecklistItemRef) => (r: ChecklistRecord) =>
  r.templateId === ref.templateId && r.itemId === ref.itemId;

/** Rewrites one item's ticks in one transaction, creating its row on the first tick. */
async function changeTicks(db: RapportDb, ref: ChecklistItemRef, now: number, change: (ticks: number[]) => number[]) {
  const tx = writeTx(db, 'checklists');
  const existing = live(await tx.store.index('by_client').getAll(ref.clientId)).find(sameItem(ref));
  const next = existing
    ? applyPatch<'checklists'>(existing, { ticks: change(existing.ticks) }, now)
    : buildRecord<'checklists'>({ ...ref, ticks: change([]) }, now);
  await tx.store.put(next);
  await tx.done;
  notifyChanged({ store: 'checklists', ids: [next.id] });
  return next;
}

/** Records that the act was done (again) at `now`; the history of ticks is kept. */
export function tickItem(db: RapportDb, ref: ChecklistItemRef, now: number): Promise<ChecklistRecord> {
  return changeTicks(db, ref, now, (ticks) => [...ticks, now]);
}

/**
 * Undo of the latest tick; undefined when there was nothing to undo. With `expectedRev`, a row
 * ticked or unticked elsewhere since the caller read it is refused (StaleWriteError): the latest
 * tick may no longer be the one the user meant to take off.
 */
export async function untickLast(
  db: RapportDb,
  ref: ChecklistItemRef,
  now: number,
  expectedRev?: number,
): Promise<ChecklistRecord | undefined> {
  const tx = writeTx(db, 'checklists');
  const existing = live(await tx.store.index('by_client').getAll(ref.clientId)).find(sameItem(ref));
  if (existing && expectedRev !== undefined && existing.rev !== expectedRev) throw new StaleWriteError(existing, expectedRev);
  if (!existing || existing.ticks.length === 0) return undefined;
  const next = applyPatch<'checklists'>(existing, { ticks: existing.ticks.slice(0, -1) }, now);
  await tx.store.put(next);
  await tx.done;
  notifyChanged({ store: 'checklists', ids: [next.id] });
  return next;
}

/** Every checklist row of a client, all templates: the panel shows several checklists at once. */
export async function checklistsForClient(db: RapportDb, clientId: string): Promise<ChecklistRecord[]> {
  return live(await db.getAllFromIndex('checklists', 'by_client', clientId));
}

/** The client's rows for one template, one per item ever ticked. */
export async function checklistFor(db: RapportDb, clientId: string, templateId: string): Promise<ChecklistRecord[]> {
  return (await checklistsForClient(db, clientId)).filter((r) => r.templateId === templateId);
}

/**
 * Puts back a tick that was taken off (Undo of an untick), at its original time, so the history
 * reads as if the untick never happened.
 */
export function restoreTick(db: RapportDb, ref: ChecklistItemRef, at: number, now: number): Promise<ChecklistRecord> {
  return changeTicks(db, ref, now, (ticks) => [...ticks, at].sort((a, b) => a - b));
}
