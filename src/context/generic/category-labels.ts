import type { LabelRule } from './labels';

/**
 * "Contact Type", "Patient Type", "Account Record Type", "Encounter Type": the caption of the kind of record or stay.
 * Its value is a category word that is also a client label ("Patient", "Member"), and model-driven CRM headers print
 * the value above its caption, so the caption must be known as one: otherwise it is read as the value of the category
 * word before it, a two-word "name".
 */
export const CATEGORY_LABEL_RULES: readonly LabelRule[] = [
  { field: null, re: /^(?:contact|patient|pt\.?|member|client|customer|person|account|account record|record|encounter|visit|admit|admission|patient class|relationship) type$/ },
];
