import type { LabelRule } from './labels';

/**
 * How workers' compensation, disability and leave systems caption the one person a claim is about. A claim
 * system (Guidewire-, Origami- and absence-management-like products, state forms, UR letters, IME vendors)
 * says "Claimant", "Injured Worker" or "Injured Employee" where a clinic says "Patient", an IME vendor
 * "Examinee", an HR case (ServiceNow HR-like) "Subject person". A nurse case management file keys its
 * worker by the "Injured Worker ID" / "Claimant ID": the person's own number, yielding to a labelled MRN as
 * a client id does. The claim number stays a claim's (labels.ts), never the person's record number.
 * The bare words are labels only with a colon or in a cell: "Claimant" also heads a diary's column.
 */
const NO = '(?:#|id|no\\.?|num(?:ber)?|nbr)(?: ?#)?';

export const CLAIMANT_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^(?:claimant|injured (?:worker|employee)|examinee|subject person)$/, bare: true },
  { field: 'name', re: /^(?:claimant|injured (?:worker|employee)|examinee)(?:'s)? name$/ },
  { field: 'mrn', re: new RegExp(`^(?:claimant|injured (?:worker|employee)|iw|examinee) ?${NO}$`), weak: 0.25 },
];
