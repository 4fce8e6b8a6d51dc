import type { LabelRule } from './labels';

/**
 * An emergency visit's own stay labels, ahead of the general rules in labels.ts: tracking boards and ED documents date
 * the visit by the patient's arrival ("Arrived", "ED Arrival") and its end by the departure ("Departure", "ED Depart
 * Time"), which the department records once the patient has left. Its "Dept:" names where the visit was, which
 * is the stay's place only beside the stay's dates: a clinic's toolbar or banner names its department for every chart.
 */
const ED = '(?:(?:ed|er|emergency(?: dept\\.?| department)?) )?';
const WHEN = '(?: ?(?:date|dt))?(?: ?(?:\\/|and|&)? ?time)?';
const DEPARTMENT = /^(?:dept\.?|department)$/;

export const ED_VISIT_LABEL_RULES: readonly LabelRule[] = [
  { field: 'admitDate', re: new RegExp(`^${ED}(?:arrived|arrival)${WHEN}$`) },
  { field: 'dischargeDate', re: new RegExp(`^${ED}(?:departure|departed|depart)${WHEN}$`), dischargeActual: true },
  { field: 'location', re: DEPARTMENT },
  // Its room or bed, which registration and tracking screens caption with the department's letters ("ER ROOM", "ED Bed").
  { field: 'location', re: /^(?:ed|er) (?:room|rm|bed|bay)(?: ?#)?$/ },
  // Or with the department's area it sits in, as ED systems print both in one field ("AREA/BED: FAST TRACK / FT-3",
  // "Zone / Bed", "Bed/Zone"): the area alone is no known label, so the pair was left unread.
  { field: 'location', re: /^(?:(?:area|zone|pod|track) ?\/ ?(?:bed|room|rm)|(?:bed|room|rm) ?\/ ?(?:area|zone|pod))$/ },
];

/** A label's words as a pair's `how` gives them ('label "Dept:"' → "dept"). */
const labelWords = (how: string) => /^label "(.*?):?"$/.exec(how)?.[1]?.toLowerCase().trim();

/** Without the places read under a bare department label when no stay is read: the clinic's, not the client's. */
export function withoutLoneDepartment<P extends { field: string; how: string }>(pairs: P[]): P[] {
  if (pairs.some((p) => p.field === 'admitDate' || p.field === 'dischargeDate')) return pairs;
  return pairs.filter((p) => p.field !== 'location' || !DEPARTMENT.test(labelWords(p.how) ?? ''));
}
