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

/** The planning items (RED, IDEAL); the BOOST questions are a risk screen with no due date. */
export const DISCHARGE_TASKS: readonly DischargeItem[] = DISCHARGE_ITEMS.filter((item) => item.section !== 'boost-8p');
export const RISK_QUESTIONS: readonly DischargeItem[] = DISCHARGE_ITEMS.filter((item) => item.section === 'boost-8p');

/**
 * The planning items with due dates for a discharge on `dischargeDate` (expected or actual). No
 * item falls due before `notBefore`, the day the care manager first had the stay in view: a
 * patient first seen the day before discharge has work due today, not work that was "late" before
 * anyone knew of the stay.
 */
export function dischargeChecklist(dischargeDate: string, notBefore?: string): DatedDischargeItem[] {
  return DISCHARGE_TASKS.map((item) => {
    const due = addDays(dischargeDate, item.dueOffsetDays);
    return { ...item, due: notBefore !== undefined && due < notBefore ? notBefore : due };
  });
}

/** The items late today (due before today, not done), oldest first: one summary line says how many. */
export function lateItems<T extends { due: string }>(items: readonly T[], done: (item: T) => boolean, today: string): T[] {
  return items.filter((item) => item.due < today && !done(item)).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export type RiskAnswer = 'yes' | 'no' | 'unknown';

/** The latest answer given since the stay began; none is "unknown". */
export function riskAnswer(yesTicks: readonly number[], noTicks: readonly number[], since: number): RiskAnswer {
  const latest = (ticks: readonly number[]) => Math.max(-Infinity, ...ticks.filter((at) => at >= since));
  const yes = latest(yesTicks);
  const no = latest(noTicks);
  if (yes === -Infinity && no === -Infinity) return 'unknown';
  return yes >= no ? 'yes' : 'no';
}

/**
 * The contact rhythm the risks call for: three or more BOOST risks, or a high LACE score, is a
 * high-risk client; one or two risks, medium. Undefined when nothing was found (no advice).
 */
export function suggestedTier(risks: number, laceHighRisk: boolean): 'high' | 'medium' | undefined {
  if (laceHighRisk || risks >= 3) return 'high';
  if (risks >= 1) return 'medium';
  return undefined;
}
