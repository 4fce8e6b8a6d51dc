import type { Json, Obj } from './structured';

/**
 * A FHIR resource printed as XML text on a page (an implementation guide's "XML Representation" page, a server
 * console's XML tab): the escaped markup is text in a <pre>, not elements. Its elements are read off the text into the
 * shape of the resource's JSON form (as fhir-raw.ts does for an XML file), so the FHIR JSON rules read it. The
 * narrative's XHTML is left out: it is read where it is shown.
 */
const TAG = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const NARRATIVE = /<text>[\s\S]*?<\/text>/g;
const ENTITY: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const MAX_TAGS = 3000;

interface Node {
  name: string;
  value?: string;
  kids: Node[];
}

export const showsFhirXml = (text: string) => text.includes('xmlns="http://hl7.org/fhir"') && /<(?:Patient|Bundle|Encounter)[\s>]/.test(text);

export function printedXmlFhir(text: string): Json | undefined {
  const root: Node = { name: '', kids: [] };
  const stack = [root];
  const markup = text.slice(0, 200000).replace(NARRATIVE, '');
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; (m = TAG.exec(markup)) && n < MAX_TAGS; n++) {
    const [, close, name, attrs, self] = m as unknown as [string, string, string, string, string];
    if (close) {
      if (stack.length > 1 && stack[stack.length - 1]?.name === name) stack.pop();
      continue;
    }
    const value = /(?:^|\s)value\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    const node: Node = { name, kids: [], ...(value !== undefined ? { value: value.replace(/&(amp|quot|apos|lt|gt);/g, (_, e: string) => ENTITY[e] as string) } : {}) };
    (stack[stack.length - 1] as Node).kids.push(node);
    if (!self && stack.length < 30) stack.push(node);
  }
  const top = root.kids[0];
  return top && /^[A-Z]/.test(top.name) ? asJson(top) : undefined;
}

/** `<name><given value="Jo"/></name>` → `{ given: "Jo" }`; repeats become arrays, a resource's element its type. */
function asJson(node: Node): Json {
  if (node.value !== undefined && node.kids.length === 0) return node.value;
  const only = node.kids.length === 1 ? (node.kids[0] as Node) : undefined;
  if (only && /^[A-Z]/.test(only.name)) return asJson(only);
  const out: Obj = /^[A-Z]/.test(node.name) ? { resourceType: node.name } : {};
  for (const k of node.kids) {
    const v = asJson(k);
    const seen = out[k.name];
    out[k.name] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v];
  }
  return out;
}
