import type { LabelRule } from './labels';

/**
 * How child welfare, adult protective services and clinical research systems label the one person a page is
 * about, ahead of the general rules in labels.ts:
 * - a SACWIS/CCWIS case holds the whole family; its screens carry a context bar for the member the worker chose
 *   ("Selected Person:"), whose name it is (with a colon: a bare "Selected person" is a heading or a region's name), while the case itself is named after the primary
 *   caretaker (never read as the client's name);
 * - a study's number for its participant ("Study Subject ID", "Subject #") is the participant's own id, yielding to
 *   a labelled MRN (the hospital's chart) as a client id does; a screening number is an earlier, pre-enrolment
 *   number of the same person, never the record number;
 * - the person's own phone under their role's word ("Subject Phone", "Participant cell", "Youth Cell"), as a
 *   patient's phone is.
 */
const NO = '(?:#|id|no\\.?|num(?:ber)?|nbr)(?: ?#)?';

export const CASE_MEMBER_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^selected (?:person|child|youth|client|adult)$/, bare: true },
  { field: 'mrn', re: new RegExp(`^(?:study )?subject ?${NO}$`), weak: 0.25 },
  { field: null, re: new RegExp(`^(?:case|stage) name$|^screening ?${NO}$`) },
  { field: 'phone', re: /^(?:subject|participant|youth|child) (?:phone|cell|mobile|tel\.?)$/ },
];
