import type { Json, Obj } from './structured';
import { isObj } from './json-values';

/**
 * Normalised stores keep many records side by side: Redux Toolkit's entity adapter
 * (`patients: { ids, entities, selectedPatientId }`), normalizr's `entities.patients.byId`, or a plain
 * map keyed by id. Which one is open is said by a selection key (`selectedPatientId`, `currentMemberId`,
 * or a bare `selectedId` beside the entities) or else by the page's address (`/patients/88231/…`).
 * Only that record is a patient; with no selection, or several, none is: the others are worklists,
 * recent charts and tabs in the background.
 */
const COLLECTION = /^(?:patients|members|residents|clients)$/i;
const SELECTION = /^(?:selected|current|active|open|focused)(?:Patient|Member|Resident|Client)Id$/i;
const BARE_SELECTION = /^(?:selected|current|active|open)Id$/;

const idOf = (v: Json | undefined): string | undefined => (typeof v === 'string' || typeof v === 'number' ? `${v}` : undefined);

export interface StoreSelection {
  /** Maps from a record's id to the record. */
  maps: Obj[];
  /** Ids a selection key names. */
  chosen: Set<string>;
}

export function emptySelection(): StoreSelection {
  return { maps: [], chosen: new Set() };
}

/** Notes the collections and selection keys one node of the walk holds. */
export function noteStore(node: Obj, into: StoreSelection): void {
  for (const [key, value] of Object.entries(node)) {
    if (SELECTION.test(key)) {
      const id = idOf(value);
      if (id) into.chosen.add(id);
    } else if (COLLECTION.test(key) && isObj(value)) {
      const map = [value.entities, value.byId].find(isObj) ?? value;
      into.maps.push(map);
      for (const [k, v] of Object.entries(value)) {
        const id = BARE_SELECTION.test(k) ? idOf(v) : undefined;
        if (id) into.chosen.add(id);
      }
    }
  }
}

/** The one record the store or the address marks as open, from each collection; none when unsure. */
export function selectedRecords(found: StoreSelection, url: string): Obj[] {
  let addressed: string[] = [];
  try {
    const u = new URL(url);
    addressed = [...u.pathname.split('/'), ...u.searchParams.values(), ...u.hash.split(/[/=&#?]/)].filter(Boolean).map(decodeURIComponent);
  } catch {
    // no usable address: only the store's own selection counts
  }
  const out: Obj[] = [];
  for (const map of found.maps) {
    const byStore = [...found.chosen].filter((id) => isObj(map[id]));
    const ids = byStore.length > 0 ? byStore : [...new Set(addressed)].filter((id) => isObj(map[id]));
    const record = ids.length === 1 ? map[ids[0] as string] : undefined;
    if (isObj(record)) out.push(record);
  }
  return out;
}
