import type { ReadEnv, Reading } from '../reading';
import { readLabelled } from './labelled';
import type { StructuredReading } from './structured';
import type { StructuredReader } from './structured-check';

/**
 * The generic reader for pages no adapter knows: what the page visibly shows (labels, banner lines,
 * document summaries), completed by the structured data it carries (JSON-LD, FHIR JSON, microdata,
 * app state). When both speak they must describe the same person; a disagreement, a list or a second
 * client makes the page unreadable (null), never a guess. App state alone, which may cache anyone,
 * only counts for a person the page visibly names.
 */

export interface GenericResult {
  reading: Reading;
  confidence: number;
}

const MAX_CONFIDENCE = 0.9;

function strength(reading: Reading): number {
  return 0.55 + (reading.fields.mrn ? 0.2 : 0) + (reading.fields.dob ? 0.15 : 0) - (reading.ambiguousDates ? 0.1 : 0);
}

export async function extractGeneric(doc: Document, env: ReadEnv, readStructured: StructuredReader): Promise<GenericResult | null> {
  const structured = await readStructured(doc, env);
  await env.slicer.checkpoint();
  const visible = await readLabelled(doc, env);
  if (visible.kind === 'reject') return null;
  // With no structured data the visible reading stands alone: the rules that weigh the two arrive only when there is some.
  if (structured.length === 0) return visible.kind === 'one' ? { reading: visible.reading, confidence: visible.confidence } : null;
  const { conflict, merge, samePerson } = await (await env.shapes.load()).more.load();
  const explicit = structured.filter((s) => !s.state);

  if (visible.kind === 'one') {
    // Data the page declares about someone else: the page is not about one client.
    if (explicit.some((s) => !samePerson(s.reading, visible.reading))) return null;
    const agreeing = structured.filter((s) => samePerson(s.reading, visible.reading));
    const fill = agreeing.length === 1 || agreeing.every((s) => !conflict(s.reading, (agreeing[0] as StructuredReading).reading)) ? agreeing[0] : undefined;
    if (!fill) return { reading: visible.reading, confidence: visible.confidence };
    return { reading: merge(visible.reading, fill.reading), confidence: Math.min(MAX_CONFIDENCE, Math.max(visible.confidence, strength(fill.reading)) + 0.1) };
  }

  if (explicit.length > 1) return null;
  const only = explicit[0];
  if (only) return { reading: only.reading, confidence: Math.min(MAX_CONFIDENCE, strength(only.reading)) };
  const shown: StructuredReading[] = [];
  for (const s of structured) if (s.reading.fields.name && (await s.shown())) shown.push(s);
  const one = shown.length === 1 ? shown[0] : undefined;
  return one ? { reading: one.reading, confidence: Math.min(MAX_CONFIDENCE, strength(one.reading) - 0.05) } : null;
}
