import { openingText } from '../parse/text';

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
 * VistA): its words, or a numbered room, bed or unit (a video visit's "virtual waiting room" is none). Words may run into
 * the words or numbers around them: an element's text joins its children's with no space between. Never a count of
 * billing units ("Billable Units 16", "Units approved 24": an EVV or home-care visit's, an authorization's): the plural
 * counts time, it names no ward.
 */
const INPATIENT = /(?<![a-z])(?:inpatient|ipd|observation(?!s)|admi(?:t|ssion)|hospital (?:encounter|stay|account)|hospitali[sz]|ward|discharg|length of stay|los\b|census)|(?<![a-z])(?:room|rm|bed|unit(?!s))\W{0,3}[a-z-]*\d/i;

/**
 * A visit's date dates a stay only where the visit is an inpatient one. An office, home or video visit
 * is no admission: where the page reads no discharge and no place, and neither the visit's block nor its banner says
 * nothing of a ward, a bed or an admission, its date is the visit's alone.
 */
export function visitStay<P extends StayPair>(pairs: P[]): P[] {
  if (pairs.some((q) => q.field === 'dischargeDate' || q.field === 'location')) return pairs;
  const near = (p: P) => [p.banner, p.el.parentElement?.parentElement ?? p.el].map((e) => (e ? openingText(e, 800) : '')).join(' ');
  return pairs.filter((p) => p.field !== 'admitDate' || !VISIT.test(p.how) || INPATIENT.test(near(p)));
}
