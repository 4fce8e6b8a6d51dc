import type { TcmComplexity } from '../../model/values';
import { addDays, calendarDateOf } from '../time/dates';
import { isBusinessDay, nextBusinessDay } from '../time/business-time';
import { isActualDischarge } from './stay';
import type { SourceId } from '../text/sources';

/**
 * CMS Transitional Care Management clock (CPT 99495 / 99496). CMS counts business days as
 * Monday–Friday except federal holidays whatever the care manager's own schedule, so this clock
 * never takes a WorkSchedule.
 */
export const CMS_BUSINESS_DAYS = Object.freeze({
  workingDays: [1, 2, 3, 4, 5],
  holidays: 'us-federal' as const,
  extraHolidays: [] as string[],
});

export interface TcmDeadlines {
  dischargeDate: string;
  /** Last day for the interactive contact: the 2nd business day after discharge. */
  interactiveContactDue: string;
  /** Last day for the face-to-face visit: 7 days (high, 99496) or 14 days (moderate, 99495). */
  faceToFaceDue: string;
  /** Medication reconciliation is due no later than the face-to-face visit. */
  medicationReconciliationDue: string;
  /** Last day of the 30-day period that begins on the discharge day. */
  periodEnds: string;
  sourceId: SourceId;
}

export function tcmDeadlines(
  discharge: { date: string; actual?: boolean },
  today: string,
  complexity: TcmComplexity,
): TcmDeadlines | null {
  if (!isActualDischarge(discharge, today)) return null;
  const dischargeDate = discharge.date;
  const faceToFaceDue = addDays(dischargeDate, complexity === 'high' ? 7 : 14);
  return {
    dischargeDate,
    interactiveContactDue: nextBusinessDay(nextBusinessDay(dischargeDate, CMS_BUSINESS_DAYS), CMS_BUSINESS_DAYS),
    faceToFaceDue,
    medicationReconciliationDue: faceToFaceDue,
    periodEnds: addDays(dischargeDate, 29),
    sourceId: 'cms-tcm',
  };
}

/** `met` on time, `late` done after the deadline, otherwise still owed: `open`, `due-today`, `overdue`. */
export type DeadlineState = 'met' | 'late' | 'open' | 'due-today' | 'overdue';

export interface TcmStatus {
  interactiveContact: DeadlineState;
  faceToFace: DeadlineState;
  medicationReconciliation: DeadlineState;
  /** Whether `today` falls within the 30-day TCM period. */
  inPeriod: boolean;
  /** Business days left for the interactive contact (0 on the due day), while still owed. */
  businessDaysLeft?: number;
}

function stateOf(doneOn: string | undefined, due: string, today: string): DeadlineState {
  if (doneOn !== undefined) return doneOn <= due ? 'met' : 'late';
  if (today < due) return 'open';
  return today === due ? 'due-today' : 'overdue';
}

function businessDaysUntil(today: string, due: string): number {
  let n = 0;
  for (let d = today; d < due; d = addDays(d, 1)) if (isBusinessDay(addDays(d, 1), CMS_BUSINESS_DAYS)) n++;
  return n;
}

/**
 * Which TCM deadlines are met, due today or overdue. A successful contact on the discharge day
 * itself counts, since a date-only discharge cannot tell a morning call from an evening one.
 * Face-to-face visits and medication reconciliation are not inferable from contacts, so the caller
 * passes the days they were done.
 */
export function tcmStatus(
  deadlines: TcmDeadlines,
  today: string,
  contactsAfterDischarge: readonly { at: number; successful: boolean }[],
  timeZone: string,
  done: { faceToFaceOn?: string; medicationReconciledOn?: string } = {},
): TcmStatus {
  const firstContactOn = contactsAfterDischarge
    .filter((c) => c.successful)
    .map((c) => calendarDateOf(c.at, timeZone))
    .filter((d) => d >= deadlines.dischargeDate)
    .sort()[0];
  const interactiveContact = stateOf(firstContactOn, deadlines.interactiveContactDue, today);
  const status: TcmStatus = {
    interactiveContact,
    faceToFace: stateOf(done.faceToFaceOn, deadlines.faceToFaceDue, today),
    medicationReconciliation: stateOf(done.medicationReconciledOn, deadlines.medicationReconciliationDue, today),
    inPeriod: today >= deadlines.dischargeDate && today <= deadlines.periodEnds,
  };
  if (interactiveContact === 'open' || interactiveContact === 'due-today') {
    status.businessDaysLeft = businessDaysUntil(today, deadlines.interactiveContactDue);
  }
  return status;
}
