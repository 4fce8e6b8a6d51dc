import { computed } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import type { ClientRecord } from '../../store/records';
import { updateRecord } from '../../store/base';
import { calendarDateOf } from '../../domain/dates';
import { isSuccessful } from '../../domain/contacts';
import { mergeStay, stayState } from '../../domain/stay';
import { tcmDeadlines, tcmStatus } from '../../domain/tcm';
import type { ClientModel } from './client';
import type { Clock } from './clock';
import type { ContactsModel } from './contacts';

/** Client fields the discharge tools write: TCM complexity, TCM work done, LACE inputs. */
export type StayFields = Pick<ClientRecord, 'tcmComplexity' | 'tcmDone' | 'lace'>;

/** The client's hospital stay, from the record and the page: anticipation before discharge, TCM after. */
export function createStayModel(db: RapportDb, client: ClientModel, contacts: ContactsModel, clock: Clock, timeZone: string) {
  const today = computed(() => calendarDateOf(clock.now.value, timeZone));
  const dates = computed(() => {
    const record = client.client.value;
    if (!record) return null;
    // The page's dates belong to the page's client: never lend them to a client chosen by hand.
    const page = client.pageClient.value?.id === record.id ? (client.pageContext.value ?? undefined) : undefined;
    return mergeStay(record, page);
  });
  const hasDates = computed(() => dates.value !== null && (dates.value.admitDate !== undefined || dates.value.dischargeDate !== undefined));
  const state = computed(() => (dates.value ? stayState(dates.value, today.value) : null));

  const tcm = computed(() => {
    const discharged = state.value?.actualDischarge;
    const record = client.client.value;
    if (discharged === undefined || !record) return null;
    const deadlines = tcmDeadlines({ date: discharged, actual: true }, today.value, record.tcmComplexity ?? 'moderate');
    if (!deadlines) return null;
    // Work recorded for an earlier discharge says nothing about this one.
    const done = record.tcmDone?.dischargeDate === discharged ? record.tcmDone : undefined;
    const contactsSince = contacts.contacts.value.map((c) => ({ at: c.at, successful: isSuccessful(c) }));
    const status = tcmStatus(deadlines, today.value, contactsSince, timeZone, {
      faceToFaceOn: done?.faceToFaceOn,
      medicationReconciledOn: done?.medicationReconciledOn,
    });
    return { deadlines, status, done };
  });

  /** Writes `patch` to the client record; resolves to the values it replaced, for Undo. */
  async function update(clientId: string, patch: Partial<StayFields>): Promise<Partial<StayFields>> {
    let previous: Partial<StayFields> = {};
    await updateRecord(
      db,
      'clients',
      clientId,
      (current) => {
        previous = Object.fromEntries(Object.keys(patch).map((key) => [key, current[key as keyof StayFields]]));
        return patch;
      },
      clock.now.peek(),
    );
    await client.refresh(clientId);
    return previous;
  }

  return { today, dates, hasDates, state, tcm, update };
}

export type StayModel = ReturnType<typeof createStayModel>;
