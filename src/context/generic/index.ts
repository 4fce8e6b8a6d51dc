import { CONTEXT_FIELDS } from '../types';
import type { ReadEnv, Reading } from '../reading';
import { readLabelled } from './labelled';
import { readStructured } from './structured';

/**
 * The generic reader for pages no adapter knows: structured data first (JSON-LD, FHIR JSON,
 * microdata), then label/value heuristics. When both speak they must describe the same person;
 * any disagreement, list or second client makes the page unreadable (null), never a guess.
 */

export interface GenericResult {
  reading: Reading;
  confidence: number;
}

const MAX_CONFIDENCE = 0.9;

/** First and last name words, lower case: "Jane M. Doe" and "Jane Marie Doe" are one person. */
function nameKey(name: string): string {
  const words = name.toLowerCase().replace(/\./g, '').split(' ').filter(Boolean);
  return `${words[0] ?? ''} ${words[words.length - 1] ?? ''}`;
}

function disagree(a: Reading, b: Reading): boolean {
  const x = a.fields;
  const y = b.fields;
  if (x.name && y.name && nameKey(x.name) !== nameKey(y.name)) return true;
  return (['mrn', 'dob'] as const).some((f) => x[f] !== undefined && y[f] !== undefined && x[f] !== y[f]);
}

function merge(first: Reading, second: Reading): Reading {
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

export async function extractGeneric(doc: Document, env: ReadEnv): Promise<GenericResult | null> {
  const structured = await readStructured(doc, env);
  if (structured.kind === 'many') return null;
  const labelled = await readLabelled(doc, env);
  if (labelled.kind === 'reject') return null;
  if (structured.kind === 'none') return labelled.kind === 'one' ? { reading: labelled.reading, confidence: labelled.confidence } : null;
  if (labelled.kind === 'none') return { reading: structured.reading, confidence: Math.min(MAX_CONFIDENCE, structured.strength) };
  if (disagree(structured.reading, labelled.reading)) return null;
  const confidence = Math.min(MAX_CONFIDENCE, Math.max(structured.strength, labelled.confidence) + 0.05);
  return { reading: merge(structured.reading, labelled.reading), confidence };
}
