import { CONTEXT_FIELDS } from '../types';
import { shortText } from '../parse/text';
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
const MAX_TEXT_NODES = 30000;

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

export function strength(reading: Reading): number {
  return 0.55 + (reading.fields.mrn ? 0.2 : 0) + (reading.fields.dob ? 0.15 : 0) - (reading.ambiguousDates ? 0.1 : 0);
}

/** Whether a visible text on the page names this person (family name, with the given name beside it). */
export async function shownOnPage(doc: Document, env: ReadEnv, name: string): Promise<boolean> {
  const words = name.toLowerCase().replace(/\./g, '').split(' ').filter((w) => w.length > 1);
  const family = words[words.length - 1];
  const given = words[0];
  if (!family || !given || !doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = 0; n < MAX_TEXT_NODES; n++) {
    if (n % 64 === 0 && env.slicer.due()) await env.slicer.pause();
    const node = walker.nextNode();
    if (!node) return false;
    const text = node.nodeValue ?? '';
    if (text.length > 400 || !text.toLowerCase().includes(family)) continue;
    const parent = node.parentElement;
    if (!parent || !env.vis.isVisible(parent)) continue;
    const around = (parent.parentElement ? shortText(parent.parentElement, 300) : null) ?? text;
    if (around.toLowerCase().includes(given)) return true;
  }
  return false;
}

export async function extractGeneric(doc: Document, env: ReadEnv, readStructured: StructuredReader): Promise<GenericResult | null> {
  const structured = await readStructured(doc, env);
  await env.slicer.checkpoint();
  const visible = await readLabelled(doc, env);
  if (visible.kind === 'reject') return null;
  // With no structured data the visible reading stands alone: the rules that weigh the two arrive only when there is some.
  if (structured.length === 0) return visible.kind === 'one' ? { reading: visible.reading, confidence: visible.confidence } : null;
  const { conflict, merge, samePerson, shownOnPage, strength } = await env.shapes.load();
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
  for (const s of structured) if (s.reading.fields.name && (await shownOnPage(doc, env, s.reading.fields.name))) shown.push(s);
  const one = shown.length === 1 ? shown[0] : undefined;
  return one ? { reading: one.reading, confidence: Math.min(MAX_CONFIDENCE, strength(one.reading) - 0.05) } : null;
}
