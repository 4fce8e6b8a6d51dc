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
];

/** A location read under a bare department label with no stay read beside it: the clinic's, not the client's. */
export function departmentAlone(reading: { fields: { location?: string; admitDate?: string }; provenance: { location?: string } }): boolean {
  const label = /^(?:banner: )?label "(.*?):?"$/.exec(reading.provenance.location ?? '')?.[1];
  return !!label && !reading.fields.admitDate && DEPARTMENT.test(label.toLowerCase().trim());
}
