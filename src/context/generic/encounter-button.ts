import { cleanText, firstLine, shortText } from '../parse/text';
import { normalizeField, type ReadEnv, type Reading } from '../reading';

/** A tooltip saying the element shows (and changes) the encounter's location. */
const LOCATION_TIP = /\b(?:encounter|visit|current) location\b|\blocation and provider\b/i;
/** "Nov 30,2026@14:22 3 SOUTH MED SURG — Admitted": a visit list's entry, its date, its place and its state. */
const ADMITTED_ENTRY = /^(.{6,24}?)(?:@\d{1,2}:\d\d)?\s+(.+?)\s+[—–-]\s+(?:admitted|inpatient|current admission)$/i;

/**
 * A chart header built of buttons (CPRS-style: the patient, the encounter, the care team) shows the encounter's
 * place as a button's first line, its tooltip saying so; the visit list dates the admission at that place
 * ("… 3 SOUTH MED SURG — Admitted"). Both are the client's only together, and only beside the header's patient
 * (the family name in the same header): the place alone may be a clinic's, and the entry alone any earlier stay's.
 */
export function encounterButton(doc: Document, reading: Reading, env: ReadEnv): void {
  const family = reading.fields.name?.split(' ').pop()?.toLowerCase();
  if (!family) return;
  const tipped = Array.from(doc.querySelectorAll('[title], [aria-label]')).slice(0, 400).filter((el) => LOCATION_TIP.test(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? ''));
  if (tipped.length !== 1) return;
  const button = tipped[0] as Element;
  const header = button.parentElement;
  if (!header || !(shortText(header, 600) ?? '').toLowerCase().includes(family) || !env.vis.isVisible(button)) return;
  const place = firstLine(button);
  const location = place ? normalizeField('location', place, env) : null;
  if (!location) return;
  const entries = Array.from(doc.querySelectorAll('li, tr')).slice(0, 600).flatMap((el) => {
    const m = ADMITTED_ENTRY.exec(cleanText(shortText(el, 160) ?? ''));
    return m && location.value.toUpperCase().startsWith((m[2] as string).toUpperCase()) && env.vis.isVisible(el) ? [m[1] as string] : [];
  });
  if (entries.length !== 1) return;
  const admit = normalizeField('admitDate', entries[0] as string, env);
  if (!admit) return;
  reading.fields.location = location.value;
  reading.provenance.location = 'the header\'s encounter location';
  reading.fields.admitDate = admit.value;
  reading.provenance.admitDate = 'the visit list\'s admitted entry at that place';
  if (admit.ambiguous) reading.ambiguousDates = true;
}
