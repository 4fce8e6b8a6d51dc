import { computed } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { StaleWriteError } from '../../store/errors';
import { loadActions } from './load-actions';
import { calendarDateOf } from '../../domain/time/dates';
import { mergeStay, stayState } from '../../domain/discharge/stay';
import type { ClientModel } from './client';
import type { Clock } from './clock';
import type { ClientRecord } from '../../model/records';

/** Client fields the discharge tools write: TCM complexity, TCM work done, LACE inputs, the tier the risks call for. */
export type StayFields = Pick<ClientRecord, 'tcmComplexity' | 'tcmDone' | 'lace' | 'dischargeDate' | 'dischargeActual' | 'tier'>;
export type TcmAct = 'faceToFaceOn' | 'medicationReconciledOn';

/** Small plain values only; a false "differs" (key order) asks the user again, never loses a write. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The client's hospital stay, from the record and the page: anticipation before discharge, TCM after. */
export function createStayModel(db: RapportDb, client: ClientModel, clock: Clock, timeZone: string) {
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

  /**
   * Writes `patch` over `shown`, the record the user edited, merging field-wise against the record
   * as it is when written (updateRecord only writes if nobody wrote in between, else it merges
   * again): another window's change to a field this write leaves alone is kept, a change to a
   * field it writes is refused (StaleWriteError). Resolves to the record written and the values it
   * replaced, for Undo.
   */
  async function update(shown: ClientRecord, patch: Partial<StayFields>) {
    let previous: Partial<StayFields> = {};
    const keys = Object.keys(patch) as (keyof StayFields)[];
    const { updateRecord } = await loadActions();
    const saved = await updateRecord(
      db,
      'clients',
      shown.id,
      (current) => {
        if (keys.some((key) => !same(current[key], shown[key]) && !same(current[key], patch[key]))) throw new StaleWriteError(current, shown.rev);
        previous = Object.fromEntries(keys.map((key) => [key, current[key]]));
        return patch;
      },
      clock.now.peek(),
    );
    await client.refresh(shown.id);
    return { saved, previous };
  }

  /**
   * Records one TCM act for a discharge (an empty value clears it). The other act is taken from the
   * record as it is when written, so an act another window recorded meanwhile is kept.
   */
  async function markTcmDone(shown: ClientRecord, dischargeDate: string, act: TcmAct, value: string | undefined) {
    const forStay = (record: ClientRecord) => (record.tcmDone?.dischargeDate === dischargeDate ? record.tcmDone : undefined);
    let previous: Partial<StayFields> = {};
    const { updateRecord } = await loadActions();
    const saved = await updateRecord(
      db,
      'clients',
      shown.id,
      (current) => {
        const done = forStay(current);
        if (done?.[act] !== forStay(shown)?.[act] && done?.[act] !== value) throw new StaleWriteError(current, shown.rev);
        previous = { tcmDone: current.tcmDone };
        return { tcmDone: { ...done, dischargeDate, [act]: value } };
      },
      clock.now.peek(),
    );
    await client.refresh(shown.id);
    return { saved, previous };
  }

  /** The user says the expected discharge happened: the TCM clock starts from that day. */
  const confirmDischarge = (shown: ClientRecord, date: string) => update(shown, { dischargeDate: date, dischargeActual: true });

  /** Not discharged yet: a new expected date (a correction that stands until the page shows another). */
  const postponeDischarge = (shown: ClientRecord, date: string) => update(shown, { dischargeDate: date, dischargeActual: false });

  return { today, dates, hasDates, state, update, markTcmDone, confirmDischarge, postponeDischarge };
}

export type StayModel = ReturnType<typeof createStayModel>;
