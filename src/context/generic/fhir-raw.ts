import type { Json, Obj } from './structured';

/**
 * A FHIR resource file opened in the browser as XML (an implementation guide's `Patient-x.xml`, a
 * server's `?_format=xml` saved and opened): the XML document itself (Firefox), or the copy Chromium's
 * XML viewer keeps beside its tree view. Turned into the shape of its JSON form, so the FHIR JSON rules
 * read it (a Patient, a Bundle's Patient and Encounter). Never in an HTML page.
 */
export function rawFhir(doc: Document): Json | undefined {
  const el = (doc.getElementById('webkit-xml-viewer-source-xml') ?? doc).firstElementChild;
  return el?.namespaceURI === 'http://hl7.org/fhir' && !/html/.test(doc.contentType) ? asJson(el, 0) : undefined;
}

/** `<name><given value="Jo"/></name>` → `{ given: "Jo" }`; repeats become arrays, a resource's element its type. */
function asJson(el: Element, depth: number): Obj {
  const kids = Array.from(el.children).slice(0, 200);
  // `<resource><Patient>…</Patient></resource>`: the entry holds the resource itself.
  const only = kids.length === 1 ? (kids[0] as Element) : undefined;
  if (only && /^[A-Z]/.test(only.localName)) return asJson(only, depth + 1);
  const out: Obj = /^[A-Z]/.test(el.localName) ? { resourceType: el.localName } : {};
  for (const k of kids) {
    // The narrative is XHTML, read where it is shown; the nesting is bounded like the JSON walk.
    if (k.namespaceURI !== 'http://hl7.org/fhir' || depth > 12) continue;
    const v: Json = k.getAttribute('value') ?? asJson(k, depth + 1);
    const seen = out[k.localName];
    out[k.localName] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v];
  }
  return out;
}
