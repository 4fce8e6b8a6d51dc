import { MAX_SNAPSHOT_ELEMENTS, MAX_SNAPSHOT_TEXT, type Snapshot } from './types';

const ELEMENT_KEYS: ReadonlySet<string> = new Set(['tag', 'ns', 'attrs', 'kids', 'shadow', 'value', 'checked', 'selected']);
const MAX_NAME = 256;

type Plain = Record<string, unknown>;
const isPlain = (raw: unknown): raw is Plain => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/**
 * Whether `raw` is a snapshot as take.ts makes it, within its caps: checked at the message boundary
 * (messaging/schema.ts) without recursion, since a hostile page can nest elements deeper than any
 * recursive check's stack.
 */
export function isSnapshot(raw: unknown): raw is Snapshot {
  if (!isPlain(raw) || typeof raw.contentType !== 'string' || raw.contentType.length > MAX_NAME || typeof raw.truncated !== 'boolean') return false;
  if (!Object.keys(raw).every((k) => k === 'contentType' || k === 'truncated' || k === 'root')) return false;
  if (raw.root === undefined) return true;
  let elements = 0;
  let chars = 0;
  const pending: unknown[] = [raw.root];
  while (pending.length) {
    const node = pending.pop();
    if (typeof node === 'string') {
      if ((chars += node.length) > MAX_SNAPSHOT_TEXT) return false;
      continue;
    }
    if (!isPlain(node) || ++elements > MAX_SNAPSHOT_ELEMENTS) return false;
    for (const key of Object.keys(node)) if (!ELEMENT_KEYS.has(key)) return false;
    const { tag, ns, attrs, kids, shadow, value, checked, selected } = node;
    if (typeof tag !== 'string' || !tag || tag.length > MAX_NAME || (ns !== undefined && (typeof ns !== 'string' || ns.length > MAX_NAME))) return false;
    if (value !== undefined && typeof value !== 'string') return false;
    if ((checked !== undefined && checked !== true) || (selected !== undefined && selected !== true)) return false;
    if (attrs !== undefined) {
      if (!Array.isArray(attrs) || attrs.length % 2) return false;
      for (const a of attrs) if (typeof a !== 'string' || (chars += a.length) > MAX_SNAPSHOT_TEXT) return false;
    }
    if (typeof value === 'string' && (chars += value.length) > MAX_SNAPSHOT_TEXT) return false;
    for (const list of [kids, shadow]) {
      if (list === undefined) continue;
      if (!Array.isArray(list)) return false;
      for (const kid of list) pending.push(kid);
    }
    if (pending.length > MAX_SNAPSHOT_ELEMENTS * 2) return false;
  }
  return true;
}
