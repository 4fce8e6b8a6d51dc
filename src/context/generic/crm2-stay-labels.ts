import { openingText } from '../parse/text';

/** What this rule needs of a pair read by the labelled reader. */
interface StayPair {
  field: string;
  how: string;
  el: Element;
}

const ENROLMENT = /enrol|program|episode/i;
const ADMISSION = /admi/i;
/** A label that spells the discharge out beside its "EDD" ("Expected discharge date (EDD)") is no due date. */
const SPELLED = /discharge|\bd\/c\b/i;
/** A payer's plan named on the line: its enrolment starts the coverage, not a programme ("Medi-Cal · Enrolled 03/01/2025"). */
const PLAN = /medicare|medicaid|medi-cal|advantage\b|\b(?:hmo|ppo)\b|health plan|coverage/i;

/**
 * Two words care pages use for more than a stay. "EDD" is the expected delivery date on a maternal
 * health record as often as the expected discharge date: a discharge only beside an admission read, or where
 * the label spells the discharge out.
 * A programme's enrolment starts the care, an admission the stay: where the page labels both, the
 * admission is the stay's start ("Enrolled 01/01/2024" in a member header, "Admission Date" below); a plan's
 * enrolment, on a line naming the plan and no programme, starts no stay at all.
 */
export function stayLabels<P extends StayPair>(pairs: P[]): P[] {
  const admitted = pairs.some((p) => p.field === 'admitDate' && ADMISSION.test(p.how) && !ENROLMENT.test(p.how));
  const enrolment = (p: P) => !ADMISSION.test(p.how) && ENROLMENT.test(p.how);
  const planLine = (p: P) => {
    const line = openingText(p.el, 300);
    return PLAN.test(line) && !/program/i.test(line);
  };
  return pairs.filter((p) =>
    p.field === 'dischargeDate' ? !/\bedd\b/i.test(p.how) || SPELLED.test(p.how) || pairs.some((q) => q.field === 'admitDate') : p.field !== 'admitDate' || !enrolment(p) || (!admitted && !planLine(p)),
  );
}
