import { CONTEXT_FIELDS } from '../types';
import type { ReadEnv, Reading } from '../reading';
import { extractGeneric } from './index';
import { readLabelled } from './labelled';
import { readStructured } from './structured';
import { fromBlock } from './encounter';
import { merge, samePerson } from './weigh';

/**
 * What an adapter's reading lacks, read with the generic rules: only adapter frames need this.
 */
export async function completeAdapterReading(reading: Reading, block: Element | undefined, doc: Document, env: ReadEnv): Promise<Reading> {
  return besideBlock(await completed(reading, doc, env), block, doc, env);
}

/**
 * An adapter knows where its product puts the name, but an organisation's form or a product update
 * may show the record number or birth date where the adapter does not look. The generic reader
 * fills what the adapter lacks, only when it reads the same person on the page (and no other).
 */
async function completed(reading: Reading, doc: Document, env: ReadEnv): Promise<Reading> {
  if (reading.fields.mrn && reading.fields.dob) {
    // The record itself printed beside what the adapter read (a FHIR server's resource view: the narrative,
    // then the JSON) gives the rest, when it is this person's and nobody else's.
    const [only, other] = await readStructured(doc, env);
    return only && !other && !only.state && samePerson(reading, only.reading) ? labelled(reading, merge(reading, only.reading), 'record') : reading;
  }
  await env.slicer.checkpoint();
  const generic = await extractGeneric(doc, env);
  if (!generic) return reading;
  if (!samePerson(reading, generic.reading)) return reading;
  return labelled(reading, merge(reading, generic.reading), 'generic');
}

/**
 * What the patient's own block (the adapter's root, or what holds the values it read) labels beside
 * them: a stay, a phone, a unit. Never the rest of the page, where an author's or a contact's phone
 * and the user's facility are printed the same way.
 */
async function besideBlock(reading: Reading, block: Element | undefined, doc: Document, env: ReadEnv): Promise<Reading> {
  if (!block || CONTEXT_FIELDS.every((f) => reading.fields[f])) return reading;
  await env.slicer.checkpoint();
  return fromBlock(reading, await readLabelled(doc, env, block), block, doc, env, labelled);
}

function labelled(reading: Reading, out: Reading, how: string): Reading {
  for (const f of CONTEXT_FIELDS) if (!reading.fields[f] && out.provenance[f]) out.provenance[f] = `${how}: ${out.provenance[f]}`;
  return out;
}
