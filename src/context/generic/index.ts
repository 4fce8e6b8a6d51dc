import type { ReadEnv, Reading } from '../reading';
import { readLabelled } from './labelled';
import { withStructured } from './weigh';
import { isRecordId, printedFhir, readStructured } from './structured';
import { fhirNotRecordIds } from './fhir-resource-id';
import { normalizeId } from '../parse/fields';
import { withoutDischargeBeforeAdmission } from './stay-ends-after';
import { messageOverLabels } from './hl7v2-over-labels';
import { pickedWorkspace } from './picked-workspace';

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

export async function extractGeneric(doc: Document, env: ReadEnv): Promise<GenericResult | null> {
  const weighedResult = await weighed(doc, env);
  // A discharge before the admission read is an earlier stay's (stay-ends-after.ts).
  const result = weighedResult && { ...weighedResult, reading: withoutDischargeBeforeAdmission(weighedResult.reading) };
  const mrn = result?.reading.fields.mrn;
  if (result && mrn) {
    const notIds = fhirNotRecordIds(doc, env.url ?? doc.URL, printedFhir(doc), (id) => !isRecordId(id));
    if ([...notIds].some((v) => v === mrn || normalizeId(v) === mrn)) {
      delete result.reading.fields.mrn;
      delete result.reading.provenance.mrn;
    }
  }
  return result;
}

async function weighed(doc: Document, env: ReadEnv): Promise<GenericResult | null> {
  const structured = await readStructured(doc, env);
  await env.slicer.checkpoint();
  const visible = await readLabelled(doc, env);
  // Unless an HL7 v2 message says whose each labelled name is (hl7v2-over-labels.ts).
  // Or, with no structured data, the patient a picked card opened in a workspace beside the list (picked-workspace.ts).
  if (visible.kind === 'reject') return messageOverLabels(structured) ?? (structured.length === 0 ? pickedWorkspace(doc, env) : null);
  // With no structured data the visible reading stands alone: there is nothing to weigh it against.
  if (structured.length === 0) return visible.kind === 'one' ? { reading: visible.reading, confidence: visible.confidence } : null;
  return withStructured(visible, structured);
}
