import type { LabelRule } from './labels';

/**
 * A record keeps the numbers it had before a migration or a merge: OpenMRS ships an "Old Identification Number"
 * identifier type beside its own id, and hospital systems print a "Previous MRN", "Legacy ID" or "Former Chart #".
 * Such a number is the client's own but no longer the record's, so it is never the record number; and as a label it
 * ends the value before it: in "OpenMRS ID: 10026HM  Old Identification Number: OLD-55173" the record number
 * had run on into "10026HM Old Identification". Not a person's id qualified old ("OLD Client ID"): agency-client-id.ts
 * weighs those, and as a label of nothing it left a Medicaid number beside it unread.
 */
export const PREVIOUS_ID_LABEL_RULES: readonly LabelRule[] = [
  {
    field: null,
    re: /^(?:old|previous|prior|former|legacy|retired|merged|superseded) (?:(?:openmrs|hospital|medical record|record) )?(?:[ce]?mrn|mr ?#|id|#|no\.?|number|identifier|identification (?:number|no\.?)|chart ?(?:#|no\.?|number)?)$/,
  },
];
