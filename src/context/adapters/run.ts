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

function readSelector(rule: SelectorRule, scope: ParentNode, env: ReadEnv): string | null {
  if (rule.join) {
    const parts = allVisible(scope, rule.selector, env.vis, MAX_JOINED)
      .map((el) => readValue(el))
      .filter((t): t is string => !!t);
    return parts.length > 0 ? parts.join(' ') : null;
  }
  const el = firstVisible(scope, rule.selector, env.vis);
  if (!el) return null;
  return rule.attr ? el.getAttribute(rule.attr)?.slice(0, 200) ?? null : readValue(el);
}

function readItem(rule: ItemRule, scope: ParentNode, env: ReadEnv): { raw: string; label: string } | null {
  for (const item of allVisible(scope, rule.item, env.vis, MAX_ITEMS)) {
    const key = item.querySelector(rule.key);
    const label = key ? shortText(key, 60) : null;
    if (!label || !rule.label.test(label)) continue;
    const value = firstVisible(item, rule.value, env.vis);
    const raw = value ? readValue(value) : null;
    if (raw) return { raw, label };
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

async function readLabel(rule: LabelRule, field: ContextField, scope: ParentNode, scopeName: string, reading: Reading, env: ReadEnv, cache: LabelCells): Promise<boolean> {
  let within: ParentNode = scope;
  if (rule.within) {
    const w = firstVisible(scope, rule.within, env.vis);
    if (!w) return false;
    within = w;
  }
  for (const { el, text } of await labelCells(within, cache, env)) {
    if (!rule.label.test(text) || !env.vis.isVisible(el)) continue;
    const value = applyPattern(valueAfter(el, env.vis)?.text ?? null, rule.pattern);
    if (value && put(reading, field, value, `${scopeName}: label "${text}"`, env, rule.dischargeActual)) return true;
  }
  return false;
}

async function readRule(rule: FieldRule, field: ContextField, scope: ParentNode, scopeName: string, reading: Reading, env: ReadEnv, cache: LabelCells): Promise<boolean> {
  if (env.slicer.due()) await env.slicer.pause();
  if ('selector' in rule) {
    const raw = applyPattern(readSelector(rule, scope, env), rule.pattern);
    return raw !== null && put(reading, field, raw, `${scopeName}: ${rule.selector}`, env, rule.dischargeActual);
  }
  if ('item' in rule) {
    const found = readItem(rule, scope, env);
    const raw = found ? applyPattern(found.raw, rule.pattern) : null;
    return raw !== null && put(reading, field, raw, `${scopeName}: "${found?.label}"`, env, rule.dischargeActual);
  }
  return readLabel(rule, field, scope, scopeName, reading, env, cache);
}


function findRoot(adapter: SiteAdapter, doc: Document, env: ReadEnv): ParentNode | null {
  if (!adapter.root) return doc;
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
  for (const field of CONTEXT_FIELDS) {
    const spec = adapter.fields[field];
    if (!spec) continue;
    const rules = Array.isArray(spec) ? spec : [spec];
    for (const rule of rules) if (await readRule(rule, field, scope, scopeName, reading, env, cache)) break;
  }
  return reading.fields.name ? { kind: 'reading', reading } : { kind: 'not-found' };
}

/** An adapter ready to read: its match data, and its rules bound to the declarative runner. */
export function readerFor(adapter: SiteAdapter): AdapterReader {
  return { ...adapter, read: (doc, env) => runAdapter(adapter, doc, env) };
}
