import type { Obj } from './structured';

/**
 * Redux and similar stores keep the open record one level inside a `patient` slice, beside the
 * slice's loading flags and lists: `{ patient: { current: {…}, recent: […], loading: false } }`.
 * Only the keys that name the one open record count (never a list, a history or recent patients).
 */
const OPEN_RECORD = ['current', 'selected', 'active', 'data', 'record', 'details', 'profile'];

export function openRecords(slice: Obj): unknown[] {
  return OPEN_RECORD.map((k) => slice[k]);
}
