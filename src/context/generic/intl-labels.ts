import type { LabelRule } from './labels';

/**
 * Label spellings of UK, Scottish, Australian and Canadian records, ahead of the general rules in labels.ts:
 * - a national health number (England's and Wales's NHS number, Scotland's CHI, Australia's IHI, New Zealand's NHI,
 *   British Columbia's PHN) identifies the person everywhere the record does, but a hospital's or a practice's own
 *   number beside it is the record's: it weighs as a plan's member number does. A provincial "Health Card #" is not one of them: a long-term-care
 *   header prints it beside the resident number in brackets after the name, which no label weighs;
 * - an Australian hospital's own record number, its unit record number, captioned bare ("UR");
 * - the given names as UK forms print them ("Forename(s)");
 * - a mobile abbreviated as GP systems print it ("Mob").
 */
export const INTL_LABEL_RULES: readonly LabelRule[] = [
  { field: 'mrn', re: /^(?:nhs|chi|ihi|nhi|(?:bc )?phn|personal health) ?(?:#|no\.?|num(?:ber)?)?$/, weak: 0.5 },
  { field: 'mrn', re: /^ur$/ },
  { field: 'name', re: /^fore ?names?(?:\(s\))?$/, part: 'given' },
  { field: 'phone', re: /^mob\.?$/ },
];
