import type { LabelRule } from './labels';

/**
 * How applied behaviour analysis and autism therapy practices label the child they treat, ahead of the general rules
 * in labels.ts (practice systems' session notes, VB-MAPP and treatment-plan reports, intake forms):
 * - "Learner" and "Learner's name" label the name (the bare word only with a colon or in a cell: it is also a menu
 *   entry and a column heading); "Learner ID" is already the client's number (school-labels.ts);
 * - an intake form asks for the child's own name in parts and the child's birth date before the parents' fields
 *   ("Child's legal first name", "Child's date of birth"): the parents' are labelled as theirs ("Parent 1 full
 *   name", "Policy holder DOB"), so a part said to be the child's or the learner's is the client's; an ASQ-3 or
 *   other developmental screening's summary asks the child's sex so too ("Child's gender"), the parent's in her own rows.
 */
const CHILD = "(?:child|learner)(?:'s)?";

export const LEARNER_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^learner(?:'s)? (?:full |legal )?name$/ },
  { field: 'name', re: /^learner$/, bare: true },
  { field: 'name', re: new RegExp(`^${CHILD} (?:legal )?(?:first|given) name$`), part: 'given' },
  { field: 'name', re: new RegExp(`^${CHILD} (?:legal )?(?:last|family) name$`), part: 'family' },
  { field: 'dob', re: new RegExp(`^${CHILD} (?:dob|date of birth|birth ?date)$`) },
  { field: 'sex', re: new RegExp(`^${CHILD} (?:sex|gender)$`) },
];
