import { shortText } from '../parse/text';
import type { LabelRule } from './labels';

/**
 * A visit's details list ("Visit type: Inpatient Visit · Start date: … · Location: Surgical Ward", as OpenMRS prints
 * an active visit) dates the stay with a bare "Start date" / "End date": words that date nothing of a stay anywhere
 * else (a medication's, a program's start), so they count only beside a type in the same list that names an inpatient
 * visit or admission. An outpatient or facility visit's start stays unread.
 */
const START = /^(?:start(?:ed)?|start date|start date\/time|started on)\s*:?$/i;
const END = /^(?:end(?:ed)?|end date|end date\/time|stop date|ended on)\s*:?$/i;
const TYPE = /^(?:visit|encounter|admission) ?type\s*:?$/i;
const INPATIENT = /\b(?:inpatient|in-patient|ipd|admission|admitted|hospitali[sz]ation)\b/i;
const ADMIT: LabelRule = { field: 'admitDate', re: START };
const DISCHARGE: LabelRule = { field: 'dischargeDate', re: END, dischargeActual: true };

/** The term/value pairs of the list or table the label is in: a dl's dt/dd, a table's two-cell rows. */
function inpatientList(el: Element): boolean {
  const list = el.closest('dl, table');
  if (!list) return false;
  for (const term of Array.from(list.querySelectorAll('dt, th, td')).slice(0, 40)) {
    if (!TYPE.test(shortText(term, 40)?.trim() ?? '')) continue;
    const value = term.nextElementSibling;
    if (value && INPATIENT.test(shortText(value, 60) ?? '')) return true;
  }
  return false;
}

export function inpatientVisitStart(el: Element, text: string): LabelRule | null {
  const t = text.trim();
  const rule = START.test(t) ? ADMIT : END.test(t) ? DISCHARGE : null;
  return rule && inpatientList(el) ? rule : null;
}
