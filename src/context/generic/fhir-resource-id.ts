import type { Json } from './structured';

/**
 * Values a FHIR page shows that are never the patient's record number, whatever label they were read under:
 * - the resource's logical id, a server's or guide's name for the resource ("f201", "example", "pat1"): in
 *   the address in FHIR's own forms (`…/Patient/f201`, an implementation guide's `Patient-f201.html`, a
 *   HAPI tester's `resource=Patient&…&id=f201`), in the tooling's narrative header ("Generated Narrative:
 *   Patient f201"), in the older narrative's `id` element line (`<b>id</b>: f201` among the other elements'
 *   lines), or as a Patient resource's `id` in FHIR JSON;
 * - an identifier a Patient resource's JSON marks as a national or social security number (a Dutch BSN
 *   printed bare in the narrative, its system only in the JSON, which a guide's page keeps in a hidden tab).
 * FHIR type names are case-sensitive: "/patient/40917" in an app's address is that app's, not a FHIR id.
 */
const ID = '([A-Za-z0-9][A-Za-z0-9.-]{0,63})';
const ADDRESS = [new RegExp(`/Patient/${ID}(?:[/?#]|$)`), new RegExp(`/Patient-${ID}\\.(?:html?|json|xml)\\b`), new RegExp(`[?&]resource=Patient&(?:.*&)?id=${ID}(?:&|$)`)];
const HEADER = new RegExp(`^(?:Generated Narrative:|Resource) Patient "?${ID}"?`);
/** The element lines beside `id` that make a paragraph list a FHIR resource's elements, not a form. */
const ELEMENT = /^(?:identifier|name|gender|birthDate|active|telecom|meta)$/;
const MAX_PARAGRAPHS = 200;
const MAX_JSON_NODES = 5000;

export function fhirNotRecordIds(doc: Document, url: string, json: Json[], notRecord: (identifier: { [key: string]: Json }) => boolean): Set<string> {
  const out = new Set<string>();
  for (const re of ADDRESS) {
    const m = re.exec(url);
    if (m) out.add(m[1] as string);
  }
  const paragraphs = doc.getElementsByTagName('p');
  let idLine: string | undefined;
  let elements = false;
  // Taken by index, never asked for its length: a live collection's length walks the whole page.
  for (let i = 0, p = paragraphs[0]; p && i < MAX_PARAGRAPHS; p = paragraphs[++i]) {
    // Only a paragraph's lead element is read: the header is all of it, an element's name leads its line.
    const lead = p.firstElementChild?.textContent?.trim() ?? '';
    const header = lead.length < 100 ? HEADER.exec(lead) : null;
    if (header) out.add(header[1] as string);
    if (lead === 'id') idLine ??= /^id\s*:\s*(\S+)$/.exec((p.textContent ?? '').trim())?.[1];
    elements ||= ELEMENT.test(lead) && !!p.textContent?.trim().startsWith(`${lead}:`);
  }
  if (idLine && elements) out.add(idLine);
  const stack = [...json];
  for (let n = 0; stack.length > 0 && n < MAX_JSON_NODES; n++) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const values = Array.isArray(node) ? node : Object.values(node);
    stack.push(...values.slice(0, 200));
    if (Array.isArray(node) || node.resourceType !== 'Patient') continue;
    if (typeof node.id === 'string') out.add(node.id);
    for (const id of Array.isArray(node.identifier) ? node.identifier : []) {
      if (typeof id === 'object' && id !== null && !Array.isArray(id) && typeof id.value === 'string' && notRecord(id)) out.add(id.value);
    }
  }
  return out;
}
