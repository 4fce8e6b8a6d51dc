import { addDays } from '../time/dates';
import type { DischargeItem, DischargeSection } from './checklist';

/**
 * Anticipating discharge needs: AHRQ Project RED (12 components), AHRQ IDEAL (5 elements) and the
 * BOOST 8Ps risk questions. Offsets count calendar days from the (expected) discharge date so the
 * list can be planned before the date is final. The words are in _locales, keyed by id
 * (message-keys.ts).
 */
export const DISCHARGE_SECTIONS: readonly DischargeSection[] = ['red', 'ideal', 'boost-8p'];

const red = (id: string, owner: DischargeItem['owner'], dueOffsetDays: number): DischargeItem => ({
  id: `discharge.red.${id}`, section: 'red', owner, dueOffsetDays, sourceId: 'ahrq-red',
});
const ideal = (id: string, owner: DischargeItem['owner'], dueOffsetDays: number): DischargeItem => ({
  id: `discharge.ideal.${id}`, section: 'ideal', owner, dueOffsetDays, sourceId: 'ahrq-ideal',
});
// Risk questions are asked early in the stay: a "yes" calls for more support at discharge.
const risk = (id: string): DischargeItem => ({
  id: `discharge.boost.${id}`, section: 'boost-8p', owner: 'care manager', dueOffsetDays: -3, sourceId: 'boost-8p',
});

export const DISCHARGE_ITEMS: readonly DischargeItem[] = [
  red('language', 'care manager', -3),
  red('appointments', 'hospital team', -1),
  red('pending-results', 'hospital team', -1),
  red('services-equipment', 'care manager', -2),
  red('medications', 'pharmacy', -1),
  red('guidelines', 'hospital team', -1),
  red('written-plan', 'hospital team', 0),
  red('education', 'hospital team', -1),
  red('if-problem', 'care manager', 0),
  red('teach-back', 'care manager', 0),
  red('summary-sent', 'hospital team', 1),
  red('phone-reinforce', 'care manager', 2),
  ideal('include', 'care manager', -3),
  ideal('discuss', 'care manager', -2),
  ideal('educate', 'hospital team', -1),
  ideal('assess', 'care manager', -1),
  ideal('listen', 'care manager', -3),
  risk('problem-medications'),
  risk('psychological'),
  risk('principal-diagnosis'),
  risk('polypharmacy'),
  risk('health-literacy'),
  risk('patient-support'),
  risk('prior-hospitalisation'),
  risk('palliative-care'),
];

export type DatedDischargeItem = DischargeItem & { due: string };

/** The template with concrete due dates for a discharge on `dischargeDate` (expected or actual). */
export function dischargeChecklist(dischargeDate: string): DatedDischargeItem[] {
  return DISCHARGE_ITEMS.map((i) => ({ ...i, due: addDays(dischargeDate, i.dueOffsetDays) }));
}
