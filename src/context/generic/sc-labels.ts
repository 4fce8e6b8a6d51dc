import type { LabelRule } from './labels';

/**
 * Label spellings of IDD, waiver and Medicaid systems and of health-information exchanges, ahead of the general
 * rules in labels.ts:
 * - the person as developmental-disability providers and Medicaid portals call them: "Individual Name", "Recipient",
 *   "Beneficiary Name" (bare words only with a colon or in a cell, as "Patient" is);
 * - their number there ("Individual ID", "Recipient ID"), a client id that yields to a labelled record number;
 * - a master client or patient index number ("MCI #", "MPI ID"), a state's or an exchange's one number for the person,
 *   weighed as an enterprise index is.
 */
export const SC_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^(?:individual|recipient|beneficiary)(?:'s)? (?:full |legal )?name$/ },
  { field: 'name', re: /^(?:individual|recipient|beneficiary)$/, bare: true },
  { field: 'mrn', re: /^(?:individual|recipient|beneficiary) ?(?:#|id|no\.?|number)$/, weak: 0.25 },
  { field: 'mrn', re: /^(?:mci|mpi|master (?:client|patient|person) index) ?(?:#|id|no\.?|number)?$/, weak: 0.5 },
];
