/** What this rule needs of a pair read by the labelled reader. */
interface StayPair {
  field: string;
  how: string;
}

const ENROLMENT = /enrol|program|episode/i;
const ADMISSION = /admi/i;

/**
 * Two words care pages use for more than a stay. "EDD" is the expected delivery date on a maternal
 * health record as often as the expected discharge date: a discharge only beside an admission read.
 * A programme's enrolment starts the care, an admission the stay: where the page labels both, the
 * admission is the stay's start ("Enrolled 01/01/2024" in a member header, "Admission Date" below).
 */
export function stayLabels<P extends StayPair>(pairs: P[]): P[] {
  const admitted = pairs.some((p) => p.field === 'admitDate' && ADMISSION.test(p.how) && !ENROLMENT.test(p.how));
  return pairs.filter((p) =>
    p.field === 'dischargeDate' ? !/\bedd\b/i.test(p.how) || pairs.some((q) => q.field === 'admitDate') : p.field !== 'admitDate' || !admitted || ADMISSION.test(p.how) || !ENROLMENT.test(p.how),
  );
}
