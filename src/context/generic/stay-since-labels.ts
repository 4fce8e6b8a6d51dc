import type { LabelRule } from './labels';

/**
 * A stay dated by how long it has lasted rather than by its admission ("Inpatient since: 12/03/2026", "In hospital
 * since", "Admitted since"), as care-management notes, rounding lists and nursing handovers caption it. Only the
 * words of a stay: "Patient since" and "Member since" date a relationship with a practice or a plan, not a stay.
 */
export const STAY_SINCE_LABEL_RULES: readonly LabelRule[] = [
  { field: 'admitDate', re: /^(?:inpatient|in-patient|in hospital|hospitali[sz]ed|admitted|in house|on (?:the )?(?:unit|ward)) since$/ },
];
