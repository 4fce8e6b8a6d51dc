import type { LabelRule } from './labels';

/**
 * Practice-management systems (dental and medical billing desktops and their web ports) keep one patient selected
 * across their modules and caption it so above each module's grid: "Selected patient:", "Current patient:". The
 * caption names the client whose account, chart or plan the module shows; the family or ledger grids below it list
 * others beside them (family-table.ts). Not "Active patient": that is a status ("Status Reason: Active Patient").
 */
export const SELECTED_PATIENT_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^(?:selected|current) (?:patient|pt\.?|client)$/ },
];
