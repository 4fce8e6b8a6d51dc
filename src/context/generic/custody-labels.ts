import type { LabelRule } from './labels';

/**
 * How correctional health records label the person in custody, ahead of the general rules in labels.ts:
 * - a corrections department's number for them ("Inmate ID", "Offender No."): the person's own number where no
 *   chart number is shown, yielding to a labelled MRN as a client id does. Not "DOC #": labels are matched in lower
 *   case, where a department of corrections' number reads as a document's or a doctor's. An "Employee #" stays a
 *   staff profile's mark (hc-labels.ts), though an occupational-health case is about an employee;
 * - a jail's booking number: one period in custody, as an encounter number is one visit, never the record number.
 */
const NO = '(?:#|id|no\\.?|num(?:ber)?)(?: ?#)?';

export const CUSTODY_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^(?:inmate|offender) ?${NO}$`), weak: 0.25 },
  { field: null, re: new RegExp(`^booking ?${NO}$`) },
];
