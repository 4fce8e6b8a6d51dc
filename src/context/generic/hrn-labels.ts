import type { LabelRule } from './labels';

/**
 * The Indian Health Service's RPMS and the tribal and urban Indian clinics that run it key a patient's chart by the
 * "HRN" (health record number), one per facility, and print it where other systems print an MRN: the EHR's banner
 * ("HRN 104377 (CROWNPOINT HCF)"), PCC+ forms, health summaries, registration ("Health Record No."), scheduling and
 * PRC referrals. It is the record number, ahead of the Medicaid or tribal enrollment numbers printed beside it.
 */
export const HRN_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: /^hrn ?(?:#|no\.?|num(?:ber)?)?$|^health rec(?:\.|ord)? ?(?:#|no\.?|num(?:ber)?)$/ },
];
