import type { LabelRule } from './labels';

/**
 * The IG publisher's R4 narrative prints each identifier as its type's display, " = ", its value: "Medical Record
 * Number = 7730021 (USUAL), Social Beneficiary Identifier = 1EG4-TE5-MK72 (OFFICIAL)". Where only the type's last
 * word is a label of ours (a bare "Identifier", "ID" or "Number"), the words before it say which identifier it is, and one whose
 * whole type is not a record number's label is not the record number: its value is nobody's field.
 */
const NOT_RECORD: LabelRule = { field: null, re: /^$/ };

const GENERIC = /^(?:identifier|id|number|no\.?)$/i;

export function typedIdBeforeEquals(rule: LabelRule, label: string, sep: string, before: string): LabelRule {
  return rule.field === 'mrn' && GENERIC.test(label) && sep.trim() === '=' && /\p{L}[\p{L}'’.-]*\s$/u.test(before) ? NOT_RECORD : rule;
}
