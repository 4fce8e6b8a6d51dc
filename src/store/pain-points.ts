import type { RapportDb } from './db';
import { insertRecord, updateRecord } from './base';
import type { PainPointRecord } from '../model/records';

/** The read lives apart (a first screen reads only); every writer finds it here too. */
export { painPointsForClient } from './client-records';

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
