import type { LabelRule } from './labels';

/**
 * Genetic counselling tools (Progeny, TrakGene, lab requisitions) call the person the pedigree is drawn for the
 * proband and caption that person's own details with the word ("Proband phone (mobile)", "Proband DOB"): the
 * record's client, the relatives around being captioned by their relation instead. The bare "Proband:" is left alone:
 * on a prenatal consult the proband may be the fetus, not the patient the page is about.
 */
export const GENETICS_LABEL_RULES: readonly LabelRule[] = [
  { field: 'phone', re: /^proband(?:'s)? (?:phone|tel\.?|telephone|mobile|cell)(?: ?(?:#|no\.?|number))?(?: ?\((?:home|mobile|cell)\))?$/ },
  { field: 'dob', re: /^proband(?:'s)? (?:dob|date of birth|birth ?date)$/ },
];
