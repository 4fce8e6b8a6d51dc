import type { Json, Obj } from './structured';
import { isObj } from './json-values';

/**
 * Shapes client caches give a record that the walk would otherwise miss or take for someone else:
 * - Apollo's and Relay's normalized stores link records by `{"__ref": "<key>"}` (a patient's name is a
 *   HumanName record of its own): the link is followed, one level, from the store's root.
 * - A cache keyed by what was fetched (`useAsyncData('patient-' + id)`, SWR's `/api/patients/88`): the
 *   entry is that patient's record only when the page's address opens that same id.
 * - JSON:API documents (Ember Data, a FastBoot shoebox): `{type: "resident", id, attributes: {…}}`.
 * - A fetched response kept with its body as JSON text (SvelteKit's `data-sveltekit-fetched`).
 * - A store with several typed patients (an open chart and its recent ones): the page's address
 *   (`/patients/5127`) says which is open; with no address naming exactly one, none is chosen here.
 */

const RECORD_KIND = /^(?:patient|resident|member|client)s?$/i;
const PERSON_SEGMENT = /^(?:patient|resident|member|client|chart|person|people)s?$/i;
const KEYED = /^(?:.*\/)?\W*(?:patient|resident|member|client)s?\W+([\w.-]+?)\W*$/i;
const MAX_BODY = 256 * 1024;


/** `record` with its `__ref` links (one, or a short list of them) replaced by the records the store keeps under those keys. */
export function withRefs(record: Obj, store: Json): Obj {
  if (!isObj(store)) return record;
  const target = (v: Json | undefined): Obj | undefined => {
    const key = isObj(v) && typeof v.__ref === 'string' ? v.__ref : undefined;
    const found = key !== undefined ? store[key] : undefined;
    return isObj(found) ? found : undefined;
  };
  let out: Obj | undefined;
  for (const [k, v] of Object.entries(record)) {
    const one = target(v);
    if (one) (out ??= { ...record })[k] = one;
    // A list of links (`phones: [{__ref: "PhoneNumber:1"}, …]`): each followed, a short list only.
    else if (Array.isArray(v) && v.length > 0 && v.length <= 8 && v.every((x) => target(x))) (out ??= { ...record })[k] = v.map((x) => target(x) as Obj);
  }
  return out ?? record;
}

/** Ids the address opens a person's record by: the segment after `/patients/`, `?patientId=`. */
export function addressedPersonIds(url: string): Set<string> {
  const out = new Set<string>();
  try {
    const u = new URL(url);
    const parts = [...u.pathname.split('/'), ...u.hash.split(/[/?#]/)].filter(Boolean).map(decodeURIComponent);
    for (let i = 1; i < parts.length; i++) if (PERSON_SEGMENT.test(parts[i - 1] as string)) out.add(parts[i] as string);
    for (const [k, v] of u.searchParams) if (/^(?:patient|resident|member|client)_?id$/i.test(k)) out.add(v);
  } catch {
    // no usable address
  }
  return out;
}

/** The entries of `node` keyed by a person kind and the id the address opens. */
export function addressedEntries(node: Obj, addressed: Set<string>): Obj[] {
  if (addressed.size === 0) return [];
  const out: Obj[] = [];
  for (const [k, v] of Object.entries(node)) {
    const id = isObj(v) ? KEYED.exec(k)?.[1] : undefined;
    if (id && addressed.has(id)) out.push(v as Obj);
  }
  return out;
}

/** A JSON:API resource of a person kind, as a flat record. */
export function jsonApiRecord(node: Obj): Obj | undefined {
  if (typeof node.type !== 'string' || !RECORD_KIND.test(node.type) || !isObj(node.attributes)) return undefined;
  return { ...node.attributes, ...(typeof node.id === 'string' || typeof node.id === 'number' ? { id: node.id } : {}) };
}

/** The parsed JSON text of a fetched response's `body`. */
export function bodyJson(node: Obj): Json | undefined {
  const body = node.body;
  if (typeof body !== 'string' || body.length > MAX_BODY || !/^\s*[{[]/.test(body)) return undefined;
  try {
    return JSON.parse(body) as Json;
  } catch {
    return undefined;
  }
}

/** Of several records found, the one the address opens; all of them when it opens none or several. */
export function addressedOne<T extends { id?: string; addressed?: boolean }>(found: T[], addressed: Set<string>): T[] {
  if (found.length < 2) return found;
  const opened = found.filter((c) => c.id !== undefined && addressed.has(c.id));
  return opened.length === 1 ? opened.map((c) => ({ ...c, addressed: true })) : found;
}
