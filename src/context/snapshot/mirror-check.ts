import { MAX_SNAPSHOT_ELEMENTS, MAX_SNAPSHOT_TEXT } from './types';
import { MAX_ROUNDS, type MirrorPart } from './mirror-wire';

const MAX_NAME = 256;
/** Entries of one message's wires: an element takes four and two an attribute, a text one. */
const MAX_ENTRIES = 16 * MAX_SNAPSHOT_ELEMENTS;
const PART_KEYS: ReadonlySet<string> = new Set(['doc', 'gen', 'seq', 'whole', 'deltas', 'values', 'seen', 'unseen', 'muted', 'breaks', 'spaces', 'round']);

type Plain = Record<string, unknown>;
const isPlain = (raw: unknown): raw is Plain => typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const isCount = (raw: unknown): raw is number => typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= Number.MAX_SAFE_INTEGER;

/**
 * Whether `raw` is one message of a mirror read (mirror-wire.ts) within the caps a frame keeps to:
 * checked at the message boundary (messaging/schema.ts) without recursion. Only the shape is checked
 * here; the mirror refuses (and asks for the page whole) what does not fit the page it holds.
 */
export function isMirrorPart(raw: unknown): raw is MirrorPart {
  if (!isPlain(raw) || !Object.keys(raw).every((k) => PART_KEYS.has(k))) return false;
  const { doc, gen, seq, whole, deltas, values, seen, unseen, muted, breaks, spaces, round } = raw;
  if (typeof doc !== 'string' || !doc || doc.length > 64 || !isCount(gen) || !isCount(seq) || !isCount(round) || round > MAX_ROUNDS) return false;
  let entries = 0;
  let chars = 0;
  const wire = (w: unknown): boolean => {
    if (!Array.isArray(w) || (entries += w.length) > MAX_ENTRIES) return false;
    for (const e of w) {
      if (typeof e === 'string') {
        if ((chars += e.length) > 2 * MAX_SNAPSHOT_TEXT) return false;
      } else if (!isCount(e)) return false;
    }
    return true;
  };
  const ids = (list: unknown): boolean => list === undefined || (Array.isArray(list) && (entries += list.length) <= MAX_ENTRIES && list.every(isCount));
  if (!ids(seen) || !ids(unseen) || !ids(muted) || !ids(breaks) || !ids(spaces)) return false;
  if (whole !== undefined) {
    if (!isPlain(whole) || !Object.keys(whole).every((k) => k === 'contentType' || k === 'truncated' || k === 'root')) return false;
    if (typeof whole.contentType !== 'string' || whole.contentType.length > MAX_NAME || typeof whole.truncated !== 'boolean') return false;
    const root = whole.root;
    if (root !== undefined && !(Array.isArray(root) && root.length === 2 && isCount(root[0]) && wire(root[1]))) return false;
  }
  if (values !== undefined) {
    if (!Array.isArray(values) || values.length % 3 || (entries += values.length) > MAX_ENTRIES) return false;
    for (let i = 0; i < values.length; i += 3) {
      const value = values[i + 1];
      if (!isCount(values[i]) || !(value === null || typeof value === 'string') || (values[i + 2] !== 0 && values[i + 2] !== 1)) return false;
      if (typeof value === 'string' && (chars += value.length) > 2 * MAX_SNAPSHOT_TEXT) return false;
    }
  }
  if (deltas === undefined) return true;
  if (!Array.isArray(deltas) || (entries += deltas.length) > MAX_ENTRIES) return false;
  for (const d of deltas) {
    if (!Array.isArray(d) || !isCount(d[1])) return false;
    const [kind, , a, b] = d as unknown[];
    if (kind === 'd') {
      if (d.length !== 2) return false;
    } else if (kind === 'i') {
      if (d.length !== 4 || !isCount(a) || !Array.isArray(b) || (entries += b.length) > MAX_ENTRIES) return false;
      for (const k of b) if (!(Array.isArray(k) && k.length === 2 && isCount(k[0]) && wire(k[1]))) return false;
    } else if (kind === 'a') {
      if (d.length !== 3 || !wire(a) || !(a as unknown[]).every((x) => typeof x === 'string') || (a as unknown[]).length % 2) return false;
    } else if (kind === 't') {
      if (d.length !== 3 || typeof a !== 'string' || (chars += a.length) > 2 * MAX_SNAPSHOT_TEXT) return false;
    } else if (kind === 's' || kind === 'r') {
      if (d.length !== 4 || !isCount(a) || !wire(b)) return false;
    } else return false;
  }
  return true;
}
