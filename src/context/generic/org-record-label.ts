import type { LabelRule } from './labels';

/** Words before "MRN" that name another person's record or one no longer the client's, never an organisation. */
const NOT_ORG = /^(?:previous|prior|old|former|other|alt(?:ernate)?|mother|mom|father|dad|baby|infant|newborn|spouse|guarantor|linked|merged|duplicate|sibling|twin|temp(?:orary)?)\b/i;
const ORG_MRN = /^(\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)?) (?:MRN|MR ?#)\s*:?$/u;
const RULE: LabelRule = { field: 'mrn', re: ORG_MRN, weak: 1 };

/**
 * "Eastside MRN", "St. Jude MRN:": the organisation's name before the record number's label, as a
 * network's pages tell their members' records apart. Only an element's whole text (a label cell or
 * chip): inside a line, the words before "MRN" are as often the client's name ("Jane DOE MRN: …").
 * It yields to a bare "MRN" on the same page.
 */
export function orgRecordLabel(text: string): LabelRule | null {
  const m = ORG_MRN.exec(text.trim());
  return m && !NOT_ORG.test(m[1] as string) ? RULE : null;
}
