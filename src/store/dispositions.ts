import { deleteRecord, insertRecord, openLive } from './base';
import type { RapportDb } from './db';
import type { DispositionRecord, RecordMeta, Tombstone } from '../model/records';

export type NewDisposition = Omit<DispositionRecord, keyof RecordMeta>;

/** How the user handled a client's suggestions; the engine hides what these cover. */
export async function dispositionsForClient(db: RapportDb, clientId: string): Promise<DispositionRecord[]> {
  return openLive(db, 'dispositions', await db.getAllFromIndex('dispositions', 'by_client', clientId));
}

export function recordDisposition(db: RapportDb, input: NewDisposition, now: number): Promise<DispositionRecord> {
  const reason = input.reason?.trim();
  return insertRecord(db, 'dispositions', { ...input, reason: reason || undefined }, now);
}

/** Undo of a handling: a tombstone, so an import never brings the hidden state back. */
export function deleteDisposition(db: RapportDb, id: string, now: number): Promise<Tombstone> {
  return deleteRecord(db, 'dispositions', id, now);
}
