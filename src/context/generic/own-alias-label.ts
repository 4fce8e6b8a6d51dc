/**
 * "Alt. Name:", "AKA:", "Nickname:", "Maiden name:": the client's other names, as FHIR generated narratives (IG
 * Publisher prints a Patient's further names as "Alt. Name"), registration screens and CDA viewers label them. Known
 * labels of no field of ours, they were taken for another person's ("PCP:", "Guardian:"), and the client's own phone in
 * the row after them was given away. A label of the client's own names is nobody else's.
 */
export const OWN_ALIAS_LABEL = /^(?:alt(?:ernate|\.)? ?names?|alias(?:es)?|a\.?k\.?a\.?|also known as|nick ?names?|(?:preferred|previous|former|maiden|birth) names?|other names?)\s*:?$/i;
