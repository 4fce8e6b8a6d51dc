import { CONTEXT_FIELDS } from '../types';
import type { Reading } from '../reading';
import type { GenericResult } from './index';
import type { LabelledOutcome } from './labelled';
import type { StructuredReading } from './structured';
import { routedReading } from './state-routed';
import { greetedReading } from './greeted-given';

/**
 * Whether two readings of one page describe one person, and how they merge: the structured data
 * beside what the page shows, an adapter's reading beside the generic one or its block's, a record's
 * block beside its encounter entry. Only frames with an adapter or structured data weigh two
 * readings.
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

const MAX_CONFIDENCE = 0.9;

function strength(reading: Reading): number {
  return 0.55 + (reading.fields.mrn ? 0.2 : 0) + (reading.fields.dob ? 0.15 : 0) - (reading.ambiguousDates ? 0.1 : 0);
}

/**
 * What the page visibly shows (`visible`, not a list) with the structured data it carries: both must
 * describe the same person, and app state alone only counts for a person the page visibly names.
 */
export async function withStructured(visible: Exclude<LabelledOutcome, { kind: 'reject' }>, structured: StructuredReading[]): Promise<GenericResult | null> {
  const explicit = structured.filter((s) => !s.state);

  const agreeing = visible.kind === 'one' ? structured.filter((s) => samePerson(s.reading, visible.reading)) : [];
  // A labelled name alone that no record agrees with in full ("Patient: E. Fairchild-Moss" over an app's Patient
  // resource) says too little to stand: the app state decides, as on a page with no labelled client, for a person
  // the page shows (shownOnPage: their initial counts).
  const nameAlone = visible.kind === 'one' && agreeing.length === 0 && explicit.length === 0 && Object.keys(visible.reading.fields).every((f) => f === 'name');
  if (visible.kind === 'one' && !nameAlone) {
    // Data the page declares about someone else: the page is not about one client.
    if (explicit.some((s) => !samePerson(s.reading, visible.reading))) return null;
    const fill = agreeing.length === 1 || agreeing.every((s) => !conflict(s.reading, (agreeing[0] as StructuredReading).reading)) ? agreeing[0] : undefined;
    // A number the page's own record marks as a social security or national number is not the record number.
    const mrn = visible.reading.fields.mrn;
    if (mrn && agreeing.some((s) => s.notIds?.includes(mrn))) {
      delete visible.reading.fields.mrn;
      delete visible.reading.provenance.mrn;
    }
    if (!fill) return { reading: visible.reading, confidence: visible.confidence };
    return { reading: merge(visible.reading, fill.reading), confidence: Math.min(MAX_CONFIDENCE, Math.max(visible.confidence, strength(fill.reading)) + 0.1) };
  }

  if (explicit.length > 1) return null;
  const only = explicit[0];
  if (only) return { reading: only.reading, confidence: Math.min(MAX_CONFIDENCE, strength(only.reading)) };
  const shown: StructuredReading[] = [];
  for (const s of structured) if (s.reading.fields.name && (await s.shown())) shown.push(s);
  // Or the one the address opens (state-routed.ts).
  // Or the one the portal greets (greeted-given.ts).
  const one = shown.length === 1 ? shown[0] : routedReading(structured, shown) ?? (await greetedReading(structured, shown));
  if (!one) return null;
  // The stay the page shows ("Adm … · Exp DC …" under a name only the app state ties to a record) is the
  // shown client's; nothing of who they are is taken from a reading that could not say whose it is.
  const seen = visible.reading;
  const stay = seen && { ...seen, fields: { admitDate: seen.fields.admitDate, dischargeDate: seen.fields.dischargeDate, location: seen.fields.location } };
  return { reading: stay ? merge(one.reading, stay) : one.reading, confidence: Math.min(MAX_CONFIDENCE, strength(one.reading) - 0.05) };
}
