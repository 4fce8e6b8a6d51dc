import type { LabelRule } from './labels';

/**
 * How school health records label the student, ahead of the general rules in labels.ts (school-health
 * record systems, immunization compliance reports, medication-at-school forms, parent portals):
 * - "Student" and "Student name" label the name, the bare word only with a colon or in a cell (a tab, a
 *   menu entry or a column heading otherwise);
 * - the district's number for the student ("Student ID", "Student #", "Student number") is the record
 *   number where no chart number is shown, yielding to a labelled MRN (a school-based health center's
 *   chart) as a client id does;
 * - a state's number ("State ID", "State student ID", "SSID") is an identity document's or a state
 *   system's, never the record number: it is matched so that it is never read as a name either;
 * - a student's own phone ("Student cell");
 * - the child a school, child-care or camp form is about: state certificates of immunization and camp health
 *   forms label the client "Child's name" or "Camper's name", the parent in a field of their own.
 */
const NO = '(?:#|id|no\\.?|num(?:ber)?|nbr)(?: ?#)?';

export const SCHOOL_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^student$/, bare: true },
  { field: 'name', re: /^(?:student|child|camper)(?:'s)? (?:full |legal )?name$/ },
  { field: 'mrn', re: new RegExp(`^(?:student|pupil|learner) ?${NO}$`), weak: 0.25 },
  { field: null, re: new RegExp(`^(?:state|state student|ss|sas) ?${NO}$|^(?:ssid|sasid)$`) },
  { field: 'phone', re: /^student (?:cell|mobile|phone|ph\.?|tel\.?)$/ },
];
