import type { LabelRule } from './labels';

/**
 * How public-health registries label their person, ahead of the general rules in labels.ts:
 * - the registry's own number for the person ("Registry Client ID", "IIS ID", "State IIS ID", "WIR ID"), which
 *   yields to a clinic's labelled MRN as a client id does;
 * - a newborn's record number named for the infant ("Infant Medical Record #", "Newborn MRN", "Baby ID");
 * - a newborn's birth printed with its time under one label ("Birth Date / Time");
 * - the mother's own fields beside an infant's or a child's record ("Mother's Medical Record #", "Mother's DOB",
 *   "Mother's Phone", "Mother's First Name"): hers, never the client's;
 * - a neonatal record's (a NICU or blood bank issue screen's) patient named for the infant ("Infant:", "Newborn Name"):
 *   the client, as "Patient:" is; a mother's record that names her baby so in a section of its own keeps her as the
 *   client (newborn-section.ts).
 */
const NO = '(?: ?(?:#|id|no\\.?|num(?:ber)?))';

export const REGISTRY_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^(?:state )?(?:registry|iis|immuni[sz]ation registry) (?:client|patient|person)?${NO}$|^(?:state )?iis${NO}$`), weak: 0.25 },
  { field: 'mrn', re: new RegExp(`^(?:infant|newborn|baby|neonate)(?:'s)? (?:mrn|mr ?#|medical record${NO}?|patient${NO}|record${NO})$`) },
  { field: 'name', re: /^(?:infant|newborn|baby|neonate)$/, bare: true },
  { field: 'name', re: /^(?:infant|newborn|baby|neonate)(?:'s)? (?:full )?name$/ },
  { field: 'dob', re: /^(?:birth ?date|date of birth|dob) ?\/ ?time$/ },
  { field: null, re: /^(?:mother|father|maternal|parent)(?:'s)? (?:(?:first |last |maiden |birth )?name|mrn|medical record(?: ?(?:#|no\.?|number))?|dob|date of birth|birth ?date|phone|cell|ssn|id)$/ },
];
