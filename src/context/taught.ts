import type { SiteProfile } from './types';
import { CONTEXT_FIELDS } from './types';
import { firstVisible, readValue } from './dom';
import { emptyReading, put, type ReadEnv, type Reading } from './reading';

/** Reads a page with the selectors a user taught for this origin (the first visible match of each). */
export async function readTaught(profile: SiteProfile, doc: Document, env: ReadEnv): Promise<Reading | null> {
  const reading = emptyReading();
  for (const field of CONTEXT_FIELDS) {
    const selector = profile.selectors[field];
    if (typeof selector !== 'string' || selector.length > 500) continue;
    await env.slicer.checkpoint();
    const el = firstVisible(doc, selector, env.vis);
    const raw = el ? readValue(el) : null;
    if (raw !== null) put(reading, field, raw, `taught: ${selector}`, env);
  }
  return reading.fields.name ? reading : null;
}
