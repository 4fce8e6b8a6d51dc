import type { LabelRule } from './labels';

/**
 * How video-visit rooms and e-prescribing screens label the client's facts, ahead of the general rules in labels.ts:
 * - the number to call the client back on when the video drops ("Callback phone", "Callback number (if
 *   disconnected)", a telephone encounter's "Best callback #"): the client's own phone for that visit or call, unless
 *   a relative rang (triage-callback.ts);
 * - an e-prescribing application's "Ext ID": the practice's chart id it was launched with, abbreviated as
 *   "External ID" is spelt in full.
 */
export const REMOTE_LABEL_RULES: readonly LabelRule[] = [
  { field: 'phone', re: /^(?:best )?call[- ]?back (?:phone|ph\.?|number|no\.?|#)(?: \(?if [a-z ]{3,30}\)?)?$/ },
  // "Ext #" and "Ext. No." beside a phone are its extension: only "Ext ID" names a record.
  { field: 'mrn', re: /^ext\.? ?id$/ },
];
