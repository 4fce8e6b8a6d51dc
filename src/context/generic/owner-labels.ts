import type { LabelRule } from './labels';

/**
 * "Ticket owner", "Sales owner", "Account Owner", "Assigned to": CRMs caption the user a record belongs to beside the
 * record's own fields, and the value is a person's name in the same layout as the client's. Known as a label of no
 * client field, its value is never taken for the client's name, with or without its colon.
 */
export const OWNER_LABEL_RULES: readonly LabelRule[] = [
  { field: null, re: /^(?:sales|account|lead|deal|ticket|contact|case|record|care plan|task|activity|conversation) owner(?: name)?$|^(?:assigned (?:to|user|agent)|assignee)$/ },
];
