/**
 * A document header's identifier list names each entry's assigning authority, and exports put the record number
 * anywhere in it: after a Medicaid member id or a vendor's person number ("MA9920144 (MassHealth Member ID)
 * 2204987 (Pioneer Valley Health MRN)"), marked before its value ("MRN 558013 (… Medical Record Number …)"), or with
 * the authority's name printed bare before its OID ("E4471903 Northwind Health MRN (1.2.840…)"). The one entry its
 * authority calls the medical record number is the record number; with none, or two that differ, nothing is chosen.
 */
const ID = String.raw`([A-Z0-9][\w-]*\d[\w-]*)`;
const MARK = String.raw`(?:MRN|MR\s?#|medical record(?: number| no\.?| #)?)`;
/** "MRN 558013", "MRN: 88-41022": the mark, then the value ("MRN55102948" is one value). */
const MARKED_BEFORE = new RegExp(String.raw`(?:^|[\s(),;])${MARK}(?:\s*[:#]\s*|\s+)${ID}`, 'gi');
/** "2204987 (Pioneer Valley Health MRN)", "E4471903 Northwind Health MRN (…)": the value, then its authority's words ending in the mark. */
const MARKED_AFTER = new RegExp(String.raw`(?:^|[\s(),;])${ID}\s*\(?[^()\d]{0,60}?\b${MARK}\b`, 'gi');
const SSN = /^\d{3}-?\d{2}-?\d{4}$/;

/** A value that is only a marked number ("MRN: 12345") is no list: the caller's own cleaning reads it. */
const ONLY_MARKED = new RegExp(String.raw`^\s*${MARK}\s*[:#]?\s*[\w-]+\s*$`, 'i');

export function markedRecordId(raw: string): string | undefined {
  if (ONLY_MARKED.test(raw)) return undefined;
  const ids = new Set<string>();
  for (const re of [MARKED_BEFORE, MARKED_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(raw); m; m = re.exec(raw)) if (!SSN.test(m[1] as string)) ids.add(m[1] as string);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}
