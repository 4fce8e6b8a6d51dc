import type { LabelRule } from './labels';

/**
 * An emergency visit's own stay labels, ahead of the general rules in labels.ts: tracking boards and ED documents date
 * the visit by the patient's arrival ("Arrived", "ED Arrival") and its end by the departure ("Departure", "ED Depart
 * Time"), which the department records once the patient has left.
 */
const ED = '(?:(?:ed|er|emergency(?: dept\\.?| department)?) )?';
const WHEN = '(?: ?(?:date|dt))?(?: ?(?:\\/|and|&)? ?time)?';

export const ED_VISIT_LABEL_RULES: readonly LabelRule[] = [
  { field: 'admitDate', re: new RegExp(`^${ED}(?:arrived|arrival)${WHEN}$`) },
  { field: 'dischargeDate', re: new RegExp(`^${ED}(?:departure|departed|depart)${WHEN}$`), dischargeActual: true },
];
