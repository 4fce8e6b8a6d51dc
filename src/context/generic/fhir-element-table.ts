import type { Json, Obj } from './structured';

/**
 * Cloud consoles' FHIR viewers (a Healthcare API console's, a FHIR service explorer's) print one resource as a
 * table of element paths and values ("name[0].given[1] | Erik", "identifier[0].type.coding[0].code | MR"). Put
 * back into the resource's JSON shape, the FHIR JSON rules read it as they read a JSON tab: the Patient, its
 * identifiers by their types, its contacts apart. Only a two-column table whose paths give its resourceType.
 */
const PATH = /^[a-z][A-Za-z]*(?:\[\d{1,3}\])?(?:\.[a-z][A-Za-z]*(?:\[\d{1,3}\])?)*$/;
const STEP = /^([A-Za-z]+)(?:\[(\d+)\])?$/;
const MAX_TABLES = 20;
const MAX_ROWS = 400;
/** Indices past this are no resource's repeats: a hole that large is a table of something else. */
const MAX_INDEX = 50;

export function elementTables(doc: Document, shown: (el: Element) => boolean): Json[] {
  const out: Json[] = [];
  const tables = doc.getElementsByTagName('table');
  // Taken by index, never asked for its length: a live collection's length walks the whole page.
  for (let i = 0, table = tables[0]; table && i < MAX_TABLES; table = tables[++i]) {
    const root: Obj = {};
    const rows = table.getElementsByTagName('tr');
    for (let r = 0, row = rows[0]; row && r < MAX_ROWS; row = rows[++r]) {
      const [key, value] = Array.from(row.children, (c) => c.textContent?.trim() ?? '');
      if (row.children.length === 2 && key && value && PATH.test(key)) put(root, key.split('.'), value);
    }
    if (typeof root.resourceType === 'string' && shown(table)) out.push(root);
  }
  return out;
}

/** Sets the value at its path, making the objects and arrays on the way; a path crossing a value is dropped. */
function put(root: Obj, steps: string[], value: string): void {
  let node: Obj = root;
  for (let k = 0; k < steps.length; k++) {
    const [, key, at] = STEP.exec(steps[k] as string) ?? [];
    if (!key) return;
    const last = k === steps.length - 1;
    // Own properties only: "constructor" is a path's word, never Object's.
    const held = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    let slot: Json[] | Obj = node;
    let name: string | number = key;
    if (at !== undefined) {
      const index = Number(at);
      if (index > MAX_INDEX || (held !== undefined && !Array.isArray(held))) return;
      const list: Json[] = held ?? (node[key] = []);
      while (list.length < index) list.push(null);
      slot = list;
      name = index;
    } else if (held !== undefined && (last || typeof held !== 'object' || held === null || Array.isArray(held))) return;
    const current = (slot as Record<string | number, Json>)[name];
    if (last) {
      if (current === undefined || current === null) (slot as Record<string | number, Json>)[name] = value;
      return;
    }
    if (current !== undefined && current !== null && (typeof current !== 'object' || Array.isArray(current))) return;
    node = (current ?? ((slot as Record<string | number, Json>)[name] = {})) as Obj;
  }
}
