/**
 * A resource's JSON tab (Medplum's, a FHIR editor's) prints the resource in a textarea rather than a <pre>:
 * it is the resource the user sees, read as a <pre> is. The textarea's text is the JSON the page loaded;
 * the reader takes it as printed, as it does a <pre>'s.
 */
const SHOWN_JSON_TAGS = ['pre', 'textarea'] as const;

export function shownJsonBlocks(doc: Document, max: number): Element[] {
  const out: Element[] = [];
  for (const tag of SHOWN_JSON_TAGS) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < max && i < els.length; i++) out.push(els[i] as Element);
  }
  return out;
}
