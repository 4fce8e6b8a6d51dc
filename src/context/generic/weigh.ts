import { CONTEXT_FIELDS } from '../types';
import type { Reading } from '../reading';

/**
 * Whether two readings of one page describe one person, and how they merge: the structured data
 * beside what the page shows, an adapter's reading beside the generic one or its block's, a record's
 * block beside its encounter entry. Only frames with an adapter or structured data weigh two
 * readings: these are among the rules loaded on first need (more-shapes.ts).
 */

/** First and last name words, lower case: "Jane M. Doe" and "Jane Marie Doe" are one person. */
function nameKey(name: string): string {
  const words = name.toLowerCase().replace(/\./g, '').split(' ').filter(Boolean);
  return `${words[0] ?? ''} ${words[words.length - 1] ?? ''}`;
}

export function conflict(a: Reading, b: Reading): boolean {
  return (['mrn', 'dob'] as const).some((f) => a.fields[f] !== undefined && b.fields[f] !== undefined && a.fields[f] !== b.fields[f]);
}

export function samePerson(a: Reading, b: Reading): boolean {
  return !!a.fields.name && !!b.fields.name && nameKey(a.fields.name) === nameKey(b.fields.name) && !conflict(a, b);
}

/** `first`, with the fields it lacks taken from `second` (a masked MRN from the app state, say). */
export function merge(first: Reading, second: Reading): Reading {
  const out: Reading = { fields: { ...first.fields }, provenance: { ...first.provenance }, ambiguousDates: first.ambiguousDates };
  if (first.dischargeActual !== undefined) out.dischargeActual = first.dischargeActual;
  for (const f of CONTEXT_FIELDS) {
    const v = second.fields[f];
    if (out.fields[f] !== undefined || v === undefined) continue;
    out.fields[f] = v;
    const where = second.provenance[f];
    if (where !== undefined) out.provenance[f] = where;
    if (f === 'dischargeDate' && second.dischargeActual !== undefined) out.dischargeActual = second.dischargeActual;
    if (f === 'dob' || f === 'admitDate' || f === 'dischargeDate') out.ambiguousDates ||= second.ambiguousDates;
  }
  return out;
}
