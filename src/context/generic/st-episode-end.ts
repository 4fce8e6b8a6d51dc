import { openingText } from '../parse/text';

/** What this rule needs of a pair read by the labelled reader. */
interface StayPair {
  field: string;
  how: string;
  el: Element;
}

/** A span of care that is no stay: a home-health certification period, a hospice benefit period, a programme's enrolment. */
const EPISODE = /episode|program|enrol|certif|benefit/i;
const STAY_WORD = /admi|disch|d\/c|\bsoc\b|start of care/i;

/**
 * An episode's end is when its certification (or enrolment) runs out, not a discharge: the client is
 * recertified or discharged then, and the page does not say which, so it drives no discharge checklist.
 * A recertification's episode starts no admission either: the start of care did, episodes before.
 */
export function episodeEnd<P extends StayPair>(pairs: P[]): P[] {
  const span = (p: P) => EPISODE.test(p.how) && !STAY_WORD.test(p.how);
  // Nor where the page labels the start of care (or an admission) itself: that is the stay's start.
  const soc = pairs.some((p) => p.field === 'admitDate' && !span(p) && STAY_WORD.test(p.how));
  return pairs.filter((p) => !span(p) || (p.field !== 'dischargeDate' && (p.field !== 'admitDate' || !(soc || /\brecert/i.test(openingText(p.el, 300))))));
}
