import type { Json, Obj } from './structured';

/** Reading parsed JSON of unknown shape (app state, FHIR resources) without trusting it. */
export const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string value short enough to be a field. */
export const str = (v: Json | undefined): string | undefined => (typeof v === 'string' && v.length <= 200 ? v : undefined);
/** A value as a list (one value as a list of one), at most 50 entries. */
export const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v.slice(0, 50) : v === undefined ? [] : [v]);
