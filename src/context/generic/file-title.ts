import type { LabelRule } from './labels';

/**
 * "Patient File: Ms Siobhán Ní Dhomhnaill": practice systems outside the US (Irish, British and Australian GP
 * software) title the open record by the person it is the file of. The caption names whose file, so its value
 * is the client's name; a number after it ("Patient record: 10452") is no name. Only with its colon (bare): a heading
 * "Patient record" over a page titles it, its next line is no name.
 */
export const FILE_TITLE: LabelRule = {
  field: 'name',
  re: /^(?:patient|client|resident)(?:'s)? (?:file|record|folder)(?: (?:for|of))?$/,
  bare: true,
  value: (raw) => (/\d/.test(raw) ? null : raw.trim()),
};
