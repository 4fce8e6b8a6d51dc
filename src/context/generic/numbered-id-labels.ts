import type { LabelRule } from './labels';

/**
 * Radiation-oncology record-and-verify systems (ARIA-, Mosaiq-like) number a patient's identifiers: "ID 1" (or
 * "Patient ID1") is the hospital's record number, "ID 2" a second one (an account, a trial or an old chart number).
 * Without these rules "ID 2" reads as a bare "ID" captioning the digit 2. The second yields to the first as an
 * account number does.
 */
export const NUMBERED_ID_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: /^(?:patient )?id ?(?:1|one)$/ },
  { field: 'mrn', re: /^(?:patient )?id ?(?:2|two)$/, weak: 2 },
];
