import type { LabelRule } from './labels';

/**
 * Label spellings of practice-management and pharmacy screens, ahead of the general rules in labels.ts:
 * - a name split into rows captioned by the part alone ("Last", "First"), as a dental family module prints it: a bare
 *   word, so a label only in a cell or before a colon, and put together only with its other part in one table
 *   (labelled.ts);
 * - the patient's number at a pharmacy, a practice or a clinic ("Pharmacy patient ID");
 * - phones abbreviated as those screens print them ("Hm Phone", "Wireless Ph").
 */
export const PM_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^last$/, part: 'family', bare: true },
  { field: 'name', re: /^first$/, part: 'given', bare: true },
  { field: 'mrn', re: /^(?:pharmacy|practice|clinic|dental|lab) (?:patient|pt\.?|client) ?(?:#|id|no\.?|num(?:ber)?)$/ },
  { field: 'phone', re: /^(?:hm|wireless) ?(?:phone|ph\.?)$/ },
];
