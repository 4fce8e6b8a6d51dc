import { isSuccessful } from '../../domain/contacts/contacts';
import { tcmDeadlines, tcmStatus } from '../../domain/discharge/tcm';
import type { ContactRecord } from '../../model/records';
import type { ClientModel } from './client';
import type { StayModel } from './stay';

/**
 * The TCM clock of the client shown, once they have actually left hospital: its rules load with the
 * sections below the first screen (TcmClock), so the first paint carries only the stay's state.
 */
export function currentTcm(stay: StayModel, client: ClientModel, contacts: readonly ContactRecord[], timeZone: string) {
  const discharged = stay.state.value?.actualDischarge;
  const record = client.client.value;
  if (discharged === undefined || !record) return null;
  const today = stay.today.value;
  const deadlines = tcmDeadlines({ date: discharged, actual: true }, today, record.tcmComplexity ?? 'moderate');
  if (!deadlines) return null;
  // Work recorded for an earlier discharge says nothing about this one.
  const done = record.tcmDone?.dischargeDate === discharged ? record.tcmDone : undefined;
  const contactsSince = contacts.map((c) => ({ at: c.at, successful: isSuccessful(c) }));
  const status = tcmStatus(deadlines, today, contactsSince, timeZone, {
    faceToFaceOn: done?.faceToFaceOn,
    medicationReconciledOn: done?.medicationReconciledOn,
  });
  return { deadlines, status, done };
}
