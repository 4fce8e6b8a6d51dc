import type { ReadEnv, Reading } from '../reading';
import type { readLabelled } from './labelled';
import { encounterEntries } from './encounter-entries';

/**
 * A record's whole export (a FHIR `$everything`, a chart's print view) shows the stay as an
 * Encounter entry of its own, outside the patient's block. Its dates are this client's stay only
 * when the entry names the client and it is the only encounter that does; an entry naming nobody
 * could be anyone's.
 */
function encounterOf(doc: Document, reading: Reading, block: Element, isVisible: (el: Element) => boolean): Element | null {
  const words = (reading.fields.name ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const id = reading.fields.mrn?.toLowerCase();
  if (words.length < 2 && !id) return null;
  const names = (text: string) => (words.length >= 2 && words.every((w) => text.includes(w))) || (id !== undefined && new RegExp(`(?<![\\w-])${id.replace(/[^\w]/g, '\\$&')}(?![\\w-])`).test(text));
  const found = encounterEntries(doc, block).filter((box) => isVisible(box) && names((box.textContent ?? '').slice(0, 4000).toLowerCase()));
  return found.length === 1 ? (found[0] as Element) : null;
}

/**
 * The stay from the one Encounter entry that names this client, for a reading whose block shows
 * none. The labelled reader is the content script's own, passed in: the part borrows it rather than
 * carrying a copy.
 */
export async function fromEncounter(reading: Reading, block: Element, doc: Document, env: ReadEnv, read: typeof readLabelled): Promise<Reading> {
  const entry = encounterOf(doc, reading, block, (el) => env.vis.isVisible(el));
  const stay = entry ? await read(doc, env, entry) : null;
  if (stay?.kind !== 'one' || !stay.reading.fields.admitDate) return reading;
  const out: Reading = { ...reading, fields: { ...reading.fields }, provenance: { ...reading.provenance } };
  for (const f of ['admitDate', 'dischargeDate'] as const) {
    if (stay.reading.fields[f] === undefined || out.fields[f] !== undefined) continue;
    out.fields[f] = stay.reading.fields[f];
    out.provenance[f] = `encounter: ${stay.reading.provenance[f]}`;
  }
  if (out.fields.dischargeDate === stay.reading.fields.dischargeDate && stay.reading.dischargeActual !== undefined) out.dischargeActual = stay.reading.dischargeActual;
  out.ambiguousDates ||= stay.reading.ambiguousDates;
  return out;
}
