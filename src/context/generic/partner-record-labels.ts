import type { LabelRule } from './labels';

/**
 * A medical-legal partnership's or legal aid's case system (LegalServer, Clio custom fields, Salesforce for legal
 * aid) keeps the client's record number at the referring health center beside its own client and case numbers:
 * "Health Center Patient ID", "FQHC Chart #". That is the client's medical record, the record number a care team
 * reads; it ranks with a labelled MRN, ahead of the agency's client number (weak 0.25 in labels.ts).
 */
export const PARTNER_RECORD_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: /^(?:health cent(?:er|re)|community health cent(?:er|re)|fqhc|chc) (?:mrn|mr ?#|med(?:ical)? rec(?:ord)?(?: ?(?:#|no\.?|number))?|patient ?(?:#|id|no\.?|number)|chart ?(?:#|no\.?|number))$/ },
];

/**
 * The same systems note where such a number came from, in brackets after its label: "Clinic MRN (custom field)",
 * "Hospital MRN (referral)". A note of its source leaves the label a record number's; a note naming a person
 * ("MRN (mother)") or another system ("Patient ID (External)", an HL7 viewer's PID-2) does not match.
 */
const SOURCE_NOTE = /\s*\((?:from |per )?(?:referral|custom(?: field)?|intake)\)$/;

export function sourceNotedRecord(key: string, labelRule: (label: string) => LabelRule | null): LabelRule | null {
  if (!SOURCE_NOTE.test(key)) return null;
  const base = key.replace(SOURCE_NOTE, '');
  // "Clinic MRN" is no label of its own (a pharmacy's or device clinic's copy beside its own number): noted from a referral
  // or kept as a custom field, it is the record number.
  const rule = labelRule(base) ?? (/^(?:partner )?clinic mrn$/.test(base) ? labelRule('mrn') : null);
  return rule?.field === 'mrn' ? rule : null;
}
