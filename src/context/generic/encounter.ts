import type { ReadEnv, Reading } from '../reading';
import { readLabelled, type LabelledOutcome } from './labelled';
import { conflict, merge, samePerson } from './weigh';
import { openingText } from '../parse/text';

const TITLES = 'h1,h2,h3,h4,h5,h6,caption,legend,summary,dt';
const ENCOUNTER_TITLE = /^encounter\b/i;

/**
 * A record's whole export (a FHIR `$everything`, a chart's print view) shows the stay as an
 * Encounter entry of its own, outside the patient's block. Its dates are this client's stay only
 * when the entry names the client and it is the only encounter that does, or when it is the page's
 * only entry and references no patient; an entry referencing another patient is never the client's.
 */
function encounterOf(doc: Document, reading: Reading, block: Element, isVisible: (el: Element) => boolean): Element | null {
  const words = (reading.fields.name ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const id = reading.fields.mrn?.toLowerCase();
  if (words.length < 2 && !id) return null;
  const names = (text: string) => (words.length >= 2 && words.every((w) => text.includes(w))) || (id !== undefined && new RegExp(`(?<![\\w-])${id.replace(/[^\w]/g, '\\$&')}(?![\\w-])`).test(text));
  const found: Element[] = [];
  const all: Element[] = [];
  for (const title of Array.from(doc.querySelectorAll(TITLES)).slice(0, 200)) {
    const box = title.parentElement;
    if (!box || box.contains(block) || block.contains(box) || !ENCOUNTER_TITLE.test(title.textContent?.trim() ?? '') || !isVisible(box)) continue;
    const text = openingText(box, 4000).toLowerCase();
    if (names(text)) found.push(box);
    // An entry that references a patient (`Patient/311`) says whose it is; one that references nobody is the page's.
    if (!/patient\/\w/.test(text)) all.push(box);
  }
  // A record's one Encounter entry naming nobody, on a page about one client, is that client's stay.
  return found.length === 1 ? (found[0] as Element) : all.length === 1 ? (all[0] as Element) : null;
}

/**
 * What the patient's own block labels beside the values read (a stay, a phone, a unit), never another
 * block's; then the stay from the one Encounter entry that names this client, when the block shows none.
 * Only adapter frames ask this; the caller passes its provenance marker.
 */
export async function fromBlock(reading: Reading, own: LabelledOutcome, block: Element, doc: Document, env: ReadEnv, mark: (reading: Reading, out: Reading, how: string) => Reading): Promise<Reading> {
  if (own.kind === 'one' && !conflict(reading, own.reading) && (!own.reading.fields.name || samePerson(reading, own.reading))) reading = mark(reading, merge(reading, own.reading), 'block');
  if (reading.fields.admitDate) return reading;
  const entry = encounterOf(doc, reading, block, (el) => env.vis.isVisible(el));
  const stay = entry ? await readLabelled(doc, env, entry) : null;
  if (stay?.kind !== 'one' || !stay.reading.fields.admitDate || (stay.reading.fields.name && !samePerson(reading, stay.reading))) return reading;
  const out: Reading = { ...reading, fields: { ...reading.fields }, provenance: { ...reading.provenance } };
  for (const f of ['admitDate', 'dischargeDate', 'location'] as const) {
    if (stay.reading.fields[f] === undefined || out.fields[f] !== undefined) continue;
    out.fields[f] = stay.reading.fields[f];
    out.provenance[f] = `encounter: ${stay.reading.provenance[f]}`;
  }
  if (out.fields.dischargeDate === stay.reading.fields.dischargeDate && stay.reading.dischargeActual !== undefined) out.dischargeActual = stay.reading.dischargeActual;
  out.ambiguousDates ||= stay.reading.ambiguousDates;
  return out;
}
