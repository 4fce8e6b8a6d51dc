import { daysBetweenDates, isValidCalendarDate } from '../time/dates';
import { isActualDischarge } from './tcm';

/** Admission and discharge dates as the chart and the client record know them. */
export interface StayDates {
  admitDate?: string;
  dischargeDate?: string;
  /** The page labels the discharge date as actual rather than expected. */
  dischargeActual?: boolean;
}

export interface StayState {
  admitDate?: string;
  /** In hospital today: admitted, not yet discharged. */
  inpatient: boolean;
  /** A discharge still to come, for anticipation. */
  expectedDischarge?: string;
  /** A discharge that has happened: the TCM clock runs from it. */
  actualDischarge?: string;
}

const valid = (d: string | undefined): string | undefined => (d !== undefined && isValidCalendarDate(d) ? d : undefined);

/**
 * The page is read now and wins field by field; the discharge flag travels with its own date so an
 * old record's "actual" never vouches for a new date.
 */
export function mergeStay(record: StayDates, page?: StayDates): StayDates {
  const fromPage = valid(page?.dischargeDate) !== undefined;
  return {
    admitDate: valid(page?.admitDate) ?? valid(record.admitDate),
    dischargeDate: fromPage ? page?.dischargeDate : valid(record.dischargeDate),
    dischargeActual: fromPage ? page?.dischargeActual : record.dischargeActual,
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
  if (discharge !== undefined) state.expectedDischarge = discharge;
  state.inpatient = admitted;
  return state;
}
