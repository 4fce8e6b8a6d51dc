import type { Json } from './structured';

/**
 * Nuxt 3 and SvelteKit serialise their state with devalue: one flat JSON array in which every object's
 * values and every array's items are indices into the array, so a patient reads `{"mrn":6,"birthDate":9}`
 * until it is rebuilt. Special values are arrays led by their type's name (`["Reactive",1]`,
 * `["Date","2026-…"]`, `["Set",…]`); negative indices are undefined, holes and the like.
 */

const MAX_NODES = 20000;
const WRAPPERS = new Set(['Reactive', 'ShallowReactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef', 'NuxtError', 'Island', 'Object']);

const isIndex = (v: Json | undefined, size: number): boolean => typeof v === 'number' && Number.isInteger(v) && v < size;

/** Whether `value` is a devalue payload as Nuxt writes it: a flat array led by its reactive root. */
export function isDevalue(value: Json): value is Json[] {
  if (!Array.isArray(value) || value.length < 2) return false;
  const root = value[0];
  return Array.isArray(root) && typeof root[0] === 'string' && WRAPPERS.has(root[0]) && isIndex(root[1], value.length);
}

/** The value a devalue payload stands for; a cycle is cut where it closes. */
export function unflatten(flat: Json[]): Json {
  let nodes = 0;
  const open = new Set<number>();
  const at = (i: Json | undefined): Json => {
    if (typeof i !== 'number' || i < 0 || i >= flat.length || open.has(i) || ++nodes > MAX_NODES) return null;
    const v = flat[i] as Json;
    if (typeof v !== 'object' || v === null) return v;
    open.add(i);
    try {
      if (Array.isArray(v)) {
        if (typeof v[0] !== 'string') return v.map(at);
        if (v[0] === 'Date') return typeof v[1] === 'string' ? v[1] : null;
        if (v[0] === 'Set') return v.slice(1).map(at);
        return WRAPPERS.has(v[0]) ? at(v[1]) : null;
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, at(x)]));
    } finally {
      open.delete(i);
    }
  };
  return at(0);
}
