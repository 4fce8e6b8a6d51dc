import type { LabelRule } from './labels';

/**
 * Label spellings of long-term-care and open-source EHR screens, ahead of the general rules in labels.ts:
 * - a resident bar's abbreviated captions ("Res #", "Birth Dt"), as LTC systems print them in narrow cells;
 * - a discharged resident's "Last Location": the room the stay ended in;
 * - OpenEMR's public patient id ("Pubpid"), the number its header prints after the name, and its "External ID",
 *   another system's number that yields to it.
 */
export const LTC_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: /^res\.? ?(?:#|no\.?|nbr|id)$/ },
  { field: 'dob', re: /^(?:birth|dob) ?dt\.?$/ },
  { field: 'location', re: /^last (?:location|loc\.?)$/ },
  { field: 'mrn', re: /^pubpid$/ },
  { field: 'mrn', re: /^external ?(?:id|#|no\.?|number)$/, weak: 0.5 },
];
