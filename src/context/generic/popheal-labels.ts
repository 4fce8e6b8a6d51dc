import type { LabelRule } from './labels';

/**
 * How population-health pages label their person's record numbers, ahead of the general rules in labels.ts:
 * - a payer's quality portal prints the practice's own chart number beside the plan's member id ("Member ID … Practice
 *   MRN …"): that is the record number, ahead of the member id (which yields more, labels.ts); it yields in turn to a
 *   record number of the page's own system (a specialty pharmacy's "Pharmacy patient #" beside the "Practice MRN" it was
 *   sent), which would otherwise be a second record number and no reading. A "Clinic MRN" is left to the general rules:
 *   made weak here, it cut a device clinic's alert block short before its phone (row-above-pairs.test.ts);
 * - an ACO's or a clinically integrated network's own number for the beneficiary ("ACO patient ID", "CIN member #"),
 *   printed beside the Medicare MBI: the record number where no chart's MRN is labelled, yielding to one as a client
 *   id does.
 */
const NO = '(?:#|id|no\\.?|number)';

export const POPHEAL_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: new RegExp(`^(?:practice|pcp|attributed practice) (?:[ce]?mrn|mr ?#|chart ?${NO}|medical record(?: ?${NO})?)$`), weak: 0.25 },
  { field: 'mrn', re: new RegExp(`^(?:aco|cin|network) (?:patient|member|beneficiary|person)? ?${NO}$`), weak: 0.25 },
];
