import type { RapportDb } from './db';
import { insertRecord, openLive, updateRecord } from './base';
import type { PainPointRecord } from '../model/records';

export async function painPointsForClient(db: RapportDb, clientId: string): Promise<PainPointRecord[]> {
  const all = await openLive(db, 'painPoints', await db.getAllFromIndex('painPoints', 'by_client', clientId));
  return all.sort((a, b) => (a.status === b.status ? b.openedAt - a.openedAt : a.status === 'open' ? -1 : 1));
}

export async function addPainPoint(
  db: RapportDb,
  input: { clientId: string; text: string; rootCause?: string },
  now: number,
): Promise<PainPointRecord> {
  const text = input.text.trim();
  if (!text) throw new RangeError('A pain point needs a description');
  return insertRecord(
    db,
    'painPoints',
    { clientId: input.clientId, text, rootCause: input.rootCause?.trim() || undefined, status: 'open', openedAt: now },
    now,
    { enrolsClient: true },
  );
}

export async function setPainPointStatus(
  db: RapportDb,
  id: string,
  status: PainPointRecord['status'],
  now: number,
  rootCause?: string,
  expectedRev?: number,
): Promise<PainPointRecord> {
  return updateRecord(
    db,
    'painPoints',
    id,
    (current) => ({
      status,
      relievedAt: status === 'relieved' ? now : undefined,
      rootCause: rootCause === undefined ? current.rootCause : rootCause.trim() || undefined,
    }),
    now,
    expectedRev,
  );
}
