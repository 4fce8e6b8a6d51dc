import type { ContextField } from '../types';
import { CONTEXT_FIELDS } from '../types';
import { allVisible, firstVisible, readValue } from '../dom';
import { shortText } from '../parse/text';
import { valueAfter } from '../generic/pairs';
import { emptyReading, put, type ReadEnv, type Reading } from '../reading';
import type { AdapterOutcome, AdapterReader, FieldRule, ItemRule, LabelRule, SelectorRule, SiteAdapter } from './types';

/** Elements that can carry a label in table/definition layouts. */
const LABEL_CANDIDATES = 'th, td, dt, label, b, strong, span';
/** Name parts or key/value widgets beyond this many are not a banner any more. */
const MAX_JOINED = 6;
const MAX_ITEMS = 80;

function applyPattern(raw: string | null, pattern: RegExp | undefined): string | null {
  if (raw === null || !pattern) return raw;
  const m = pattern.exec(raw);
  return m ? (m[1] ?? m[0]).trim() || null : null;
}

function readSelector(rule: SelectorRule, scope: ParentNode, env: ReadEnv): { raw: string | null; el: Element } | null {
  if (rule.join) {
    const els = allVisible(scope, rule.selector, env.vis, MAX_JOINED);
    const parts = els.map((el) => readValue(el)).filter((t): t is string => !!t);
    return els[0] && parts.length > 0 ? { raw: parts.join(' '), el: els[0] } : null;
  }
  const el = firstVisible(scope, rule.selector, env.vis);
  if (!el) return null;
  return { raw: rule.attr ? el.getAttribute(rule.attr)?.slice(0, 200) ?? null : readValue(el), el };
}

function readItem(rule: ItemRule, scope: ParentNode, env: ReadEnv): { raw: string; label: string; el: Element } | null {
  for (const item of allVisible(scope, rule.item, env.vis, MAX_ITEMS)) {
    const key = item.querySelector(rule.key);
    const label = key ? shortText(key, 60) : null;
    if (!label || !rule.label.test(label)) continue;
    const value = firstVisible(item, rule.value, env.vis);
    const raw = value ? readValue(value) : null;
    if (raw) return { raw, label, el: item };
  }
  return null;
}

/** Label cells of one scope with their texts, read once per run: every label rule scans the same cells. */
type LabelCells = Map<ParentNode, { el: Element; text: string }[]>;

async function labelCells(within: ParentNode, cache: LabelCells, env: ReadEnv): Promise<{ el: Element; text: string }[]> {
  let cells = cache.get(within);
  if (cells) return cells;
  cells = [];
  const candidates = within.querySelectorAll(LABEL_CANDIDATES);
  const max = Math.min(candidates.length, 2000);
  for (let i = 0; i < max; i++) {
    if (i % 16 === 0 && env.slicer.due()) await env.slicer.pause();
    const el = candidates[i] as Element;
    const text = shortText(el, 40);
    if (text) cells.push({ el, text });
  }
  cache.set(within, cells);
  return cells;
}

/** Each rule answers the element it read the field from, or null. */
async function readLabel(rule: LabelRule, field: ContextField, scope: ParentNode, scopeName: string, reading: Reading, env: ReadEnv, cache: LabelCells): Promise<Element | null> {
  let within: ParentNode = scope;
  if (rule.within) {
    const w = firstVisible(scope, rule.within, env.vis);
    if (!w) return null;
    within = w;
  }
  for (const { el, text } of await labelCells(within, cache, env)) {
    if (!rule.label.test(text) || !env.vis.isVisible(el)) continue;
    const value = applyPattern(valueAfter(el, env.vis)?.text ?? null, rule.pattern);
    if (value && put(reading, field, value, `${scopeName}: label "${text}"`, env, rule.dischargeActual)) return el;
  }
  return null;
}

async function readRule(rule: FieldRule, field: ContextField, scope: ParentNode, scopeName: string, reading: Reading, env: ReadEnv, cache: LabelCells): Promise<Element | null> {
  if (env.slicer.due()) await env.slicer.pause();
  if (!('selector' in rule || 'item' in rule)) return readLabel(rule, field, scope, scopeName, reading, env, cache);
  const found = 'selector' in rule ? readSelector(rule, scope, env) : readItem(rule, scope, env);
  const raw = applyPattern(found?.raw ?? null, rule.pattern);
  const where = 'selector' in rule ? rule.selector : `"${(found as { label?: string } | null)?.label}"`;
  return found && raw !== null && put(reading, field, raw, `${scopeName}: ${where}`, env, rule.dischargeActual) ? found.el : null;
}

function findRoot(adapter: SiteAdapter, doc: Document, env: ReadEnv): ParentNode | null {
  if (!adapter.root) return doc;
  if (typeof adapter.root === 'function') return adapter.root(doc, (el) => env.vis.isVisible(el));
  const roots = typeof adapter.root === 'string' ? [adapter.root] : adapter.root;
  for (const selector of roots) {
    const root = firstVisible(doc, selector, env.vis);
    if (root) return root;
  }
  return null;
}

/** Reads a page with a declarative adapter. */
export async function runAdapter(adapter: SiteAdapter, doc: Document, env: ReadEnv): Promise<AdapterOutcome> {
  if (adapter.isSingleClient && !adapter.isSingleClient(doc, (el) => env.vis.isVisible(el))) return { kind: 'no-client' };
  const scope = findRoot(adapter, doc, env);
  if (!scope) return { kind: 'not-found' };
  const scopeName = adapter.rootName ?? adapter.id;
  const reading = emptyReading();
  const cache: LabelCells = new Map();
  const read: Element[] = [];
  for (const field of CONTEXT_FIELDS) {
    const spec = adapter.fields[field];
    if (!spec) continue;
    const rules = Array.isArray(spec) ? spec : [spec];
    for (const rule of rules) {
      const el = await readRule(rule, field, scope, scopeName, reading, env, cache);
      if (el) {
        read.push(el);
        break;
      }
    }
  }
  if (!reading.fields.name) return { kind: 'not-found' };
  const block = scope !== doc ? (scope as Element) : ownBlock(read);
  return block ? { kind: 'reading', reading, block } : { kind: 'reading', reading };
}

/**
 * Where a root-less adapter read the patient: the closest element holding every value it read, when
 * that is a block of the page and not the page itself (a second value is needed to tell).
 */
function ownBlock(read: Element[]): Element | null {
  if (read.length < 2) return null;
  let block: Element | null = read[0] as Element;
  while (block && !read.every((el) => block?.contains(el))) block = block.parentElement;
  return block && !/^(?:BODY|HTML|MAIN)$/.test(block.tagName) ? block : null;
}

/** An adapter ready to read: its match data, and its rules bound to the declarative runner. */
export function readerFor(adapter: SiteAdapter): AdapterReader {
  return { ...adapter, read: (doc, env) => runAdapter(adapter, doc, env) };
}
