import { daysBetweenDates, isValidCalendarDate } from '../time/dates';

/**
 * Only a discharge the page or the user states as done starts TCM. An expected date, even today's
 * or one already past, is anticipation: the patient may still be on the unit, and a past expected
 * date is a question for the user, never an assumption.
 */
export function isActualDischarge(discharge: { date: string; actual?: boolean }, today: string): boolean {
  return discharge.actual === true && daysBetweenDates(discharge.date, today) >= 0;
}

/** Admission and discharge dates as the chart and the client record know them. */
export interface StayDates {
  admitDate?: string;
  dischargeDate?: string;
  /** The page labels the discharge date as actual, or the user confirmed it happened. */
  dischargeActual?: boolean;
}

/** A client record's stay dates, with what a page last showed (so a user's correction is known). */
export type RecordedStay = StayDates & { seenOnPage?: StayDates };

export interface StayState {
  admitDate?: string;
  /** In hospital today: admitted, not yet discharged. */
  inpatient: boolean;
  /** A discharge still to come, for anticipation. */
  expectedDischarge?: string;
  /**
   * The expected date has passed with nobody saying the discharge happened: the user is asked
   * ("Was … discharged?") rather than the discharge assumed.
   */
  dischargeToConfirm?: string;
  /** A discharge stated as done (by the page or the user): the TCM clock runs from it. */
  actualDischarge?: string;
}

const valid = (d: string | undefined): string | undefined => (d !== undefined && isValidCalendarDate(d) ? d : undefined);

/**
 * The page is read now and wins field by field, except where the user corrected the very value the
 * page still shows (the store keeps such a correction too). The discharge flag travels with its own
 * date, so an old record's "actual" never vouches for a new date.
 */
export function mergeStay(record: RecordedStay, page?: StayDates): StayDates {
  const pick = (field: 'admitDate' | 'dischargeDate') => {
    const shown = valid(page?.[field]);
    if (shown === undefined) return valid(record[field]);
    const corrected = record.seenOnPage?.[field] === shown && valid(record[field]) !== undefined && record[field] !== shown;
    return corrected ? record[field] : shown;
  };
  const dischargeDate = pick('dischargeDate');
  const recordSays = record.dischargeDate === dischargeDate && record.dischargeActual === true;
  const pageSays = page?.dischargeDate === dischargeDate && page?.dischargeActual === true;
  return {
    admitDate: pick('admitDate'),
    dischargeDate,
    dischargeActual: dischargeDate === undefined ? undefined : recordSays || pageSays,
  };
}

export function stayState(stay: StayDates, today: string): StayState {
  const admitDate = valid(stay.admitDate);
  let discharge = valid(stay.dischargeDate);
  // A discharge before the current admission belongs to an earlier stay.
  if (discharge !== undefined && admitDate !== undefined && discharge < admitDate) discharge = undefined;
  const admitted = admitDate !== undefined && daysBetweenDates(admitDate, today) >= 0;
  const state: StayState = { inpatient: false };
  if (admitDate !== undefined) state.admitDate = admitDate;
  if (discharge !== undefined && isActualDischarge({ date: discharge, actual: stay.dischargeActual }, today)) {
    state.actualDischarge = discharge;
    return state;
  }
  if (discharge !== undefined) {
    state.expectedDischarge = discharge;
    if (daysBetweenDates(discharge, today) > 0) state.dischargeToConfirm = discharge;
  }
  state.inpatient = admitted;
  return state;
}
