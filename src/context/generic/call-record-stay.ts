import { labelledText } from './triage-callback';

/** What this rule needs of a pair read by the labelled reader. */
interface Pair {
  field: string;
  how: string;
}

/**
 * A telephone call record (a nurse triage encounter, a nurse advice line's call, an answering service's message) is
 * dated by the call: "Encounter … Date/Time 12/07/2026 09:47" is when the phone rang, and a "Location" there is where
 * the caller says the patient is ("Home"). Neither is a stay. Known by its caller and callback captions together. A
 * date the page labels as an admission or discharge (the patient was admitted last week) is still one.
 */
const CALLER = /\b(?:caller|called by|call(?:ed)? from)\b/i;
const CALLBACK = /\b(?:call[- ]?back|cb ?#)/i;
const STAY_WORD = /admi|disch|d\/c|inpatient|stay|ward|unit|room|bed/i;

export function withoutCallStay<P extends Pair>(pairs: P[], doc: Document): P[] {
  if (!pairs.some((p) => p.field === 'admitDate' || p.field === 'dischargeDate' || p.field === 'location')) return pairs;
  const text = labelledText(doc);
  if (!CALLER.test(text) || !CALLBACK.test(text)) return pairs;
  return pairs.filter((p) => (p.field !== 'admitDate' && p.field !== 'dischargeDate' && p.field !== 'location') || STAY_WORD.test(p.how));
}
