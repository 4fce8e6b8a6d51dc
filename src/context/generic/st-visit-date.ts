/** What this rule needs of a pair read by the labelled reader. */
interface StayPair {
  field: string;
  how: string;
  el: Element;
  banner: Element | null;
}

const VISIT = /^(?:aria-)?label "(?:visit|appointment|appt)\b/i;
/**
 * What an inpatient encounter shows beside its "Visit Date" (Epic's hospital encounter, a Bahmni IPD visit,
 * VistA): its words, or a numbered room, bed or unit (a video visit's "virtual waiting room" is none).
 */
const INPATIENT = /\b(?:inpatient|ipd|observation|admi(?:t|tted|ssion)|hospital|ward|discharg\w*|length of stay|los|census)\b|\b(?:room|rm|bed|unit)\W{0,3}[a-z-]*\d/i;

/**
 * A visit's date dates a stay only where the visit is an inpatient one. An office, home or video visit
 * is no admission: where the page reads no discharge and no place, and the visit's row (or banner) says
 * nothing of a ward, a bed or an admission, its date is the visit's alone.
 */
export function visitStay<P extends StayPair>(pairs: P[]): P[] {
  if (pairs.some((q) => q.field === 'dischargeDate' || q.field === 'location')) return pairs;
  const near = (p: P) => ((p.banner ?? p.el.parentElement?.parentElement ?? p.el).textContent ?? '').slice(0, 800);
  return pairs.filter((p) => p.field !== 'admitDate' || !VISIT.test(p.how) || INPATIENT.test(near(p)));
}
