import type { LabelRule } from './labels';

/**
 * A health plan's care-management platform numbers the member's care-management record ("Care Mgmt Record #",
 * "Case Mgmt ID", "Care Management ID"), and its call-centre screen pops print it beside the plan's member number.
 * That record is what the care manager files against: the record number, ahead of the weaker member number.
 */
export const CARE_MGMT_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: /^(?:care|case) ?(?:mgmt\.?|management|mgt\.?) (?:record ?)?(?:#|id|no\.?|number)(?: ?#)?$/ },
];
