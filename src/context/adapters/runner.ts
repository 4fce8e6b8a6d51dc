import type { ContextField } from '../types';
import type { ReadEnv, Reading } from '../reading';
import { allVisible, firstVisible, readValue } from '../dom';
import { shortText } from '../parse/text';
import { valueAfter } from '../generic/pairs';
import { put } from '../reading';
import type { AdapterOutcome, AdapterReader, AdapterRules, FieldRule, ItemRule, LabelRule, SelectorRule, SiteAdapter } from './types';

/** Elements that can carry a label in table/definition layouts. */
const LABEL_CANDIDATES = 'th, td, dt, label, b, strong, span';
/** Name parts or key/value widgets beyond this many are not a banner any more. */
const MAX_JOINED = 6;
const MAX_ITEMS = 80;

/** Label cells of one scope with their texts, read once per run: every label rule scans the same cells. */
type LabelCells = Map<ParentNode, { el: Element; text: string }[]>;

/** One run of an adapter over a page: what every rule shares. */
interface Run {
  env: ReadEnv;
  scope: ParentNode;
  scopeName: string;
  reading: Reading;
  cells: LabelCells;
}

function applyPattern(raw: string | null, pattern: RegExp | undefined): string | null {
  if (raw === null || !pattern) return raw;
  const m = pattern.exec(raw);
  return m ? (m[1] ?? m[0]).trim() || null : null;
}

function readSelector(rule: SelectorRule, { env, scope }: Run): { raw: string | null; el: Element } | null {
  if (rule.join) {
    const els = allVisible(scope, rule.selector, env.vis, MAX_JOINED);
    const parts = els.map((el) => readValue(el)).filter((t): t is string => !!t);
    return els[0] && parts.length > 0 ? { raw: parts.join(' '), el: els[0] } : null;
  }
  const el = firstVisible(scope, rule.selector, env.vis);
  if (!el) return null;
  return { raw: rule.attr ? el.getAttribute(rule.attr)?.slice(0, 200) ?? null : readValue(el), el };
}

function readItem(rule: ItemRule, { env, scope }: Run): { raw: string; label: string; el: Element } | null {
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

async function labelCells(within: ParentNode, { env, cells: cache }: Run): Promise<{ el: Element; text: string }[]> {
  const cells: { el: Element; text: string }[] = [];
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
async function readLabel(rule: LabelRule, field: ContextField, run: Run): Promise<Element | null> {
  const { env } = run;
  let within: ParentNode = run.scope;
  if (rule.within) {
    const w = firstVisible(within, rule.within, env.vis);
    if (!w) return null;
    within = w;
  }
  // Read once per scope, and awaited only then: every rule after the first finds them ready.
  for (const { el, text } of run.cells.get(within) ?? (await labelCells(within, run))) {
    if (!rule.label.test(text) || !env.vis.isVisible(el)) continue;
    const value = applyPattern(valueAfter(el, env.vis)?.text ?? null, rule.pattern);
    if (value && put(run.reading, field, value, `${run.scopeName}: label "${text}"`, env, rule.dischargeActual)) return el;
  }
  return null;
}

async function readRule(rule: FieldRule, field: ContextField, run: Run): Promise<Element | null> {
  if (run.env.slicer.due()) await run.env.slicer.pause();
  if (!('selector' in rule || 'item' in rule)) return readLabel(rule, field, run);
  const found = 'selector' in rule ? readSelector(rule, run) : readItem(rule, run);
  const raw = applyPattern(found?.raw ?? null, rule.pattern);
  const where = 'selector' in rule ? rule.selector : `"${(found as { label?: string } | null)?.label}"`;
  return found && raw !== null && put(run.reading, field, raw, `${run.scopeName}: ${where}`, run.env, rule.dischargeActual) ? found.el : null;
}

/** The adapter's root: the first of its selectors with a visible match (never a hidden copy earlier in the page). */
function findRoot(adapter: AdapterRules, doc: Document, env: ReadEnv): ParentNode | null {
  if (!adapter.root) return doc;
  if (typeof adapter.root === 'function') return adapter.root(doc, (el) => env.vis.isVisible(el));
  const roots = typeof adapter.root === 'string' ? [adapter.root] : adapter.root;
  for (const selector of roots) {
    const root = firstVisible(doc, selector, env.vis);
    if (root) return root;
  }
  return null;
}

/** Reads a page with adapter `id`'s declarative rules. */
export async function runAdapter(id: string, adapter: AdapterRules, doc: Document, env: ReadEnv): Promise<AdapterOutcome> {
  if (adapter.isSingleClient && !adapter.isSingleClient(doc, (el) => env.vis.isVisible(el))) return { kind: 'no-client' };
  const scope = findRoot(adapter, doc, env);
  if (!scope) return { kind: 'not-found' };
  const run: Run = { env, scope, scopeName: adapter.rootName ?? id, reading: { fields: {}, provenance: {}, ambiguousDates: false }, cells: new Map() };
  const read: Element[] = [];
  // Fields in the order the adapter declares them: each field's rules are tried until one reads it.
  for (const [field, spec] of Object.entries(adapter.fields) as [ContextField, FieldRule | FieldRule[]][]) {
    if (!spec) continue;
    for (const rule of Array.isArray(spec) ? spec : [spec]) {
      const el = await readRule(rule, field, run);
      if (el) {
        read.push(el);
        break;
      }
    }
  }
  if (!run.reading.fields.name) return { kind: 'not-found' };
  const block = scope !== doc ? (scope as Element) : ownBlock(read);
  return block ? { kind: 'reading', reading: run.reading, block } : { kind: 'reading', reading: run.reading };
}

/**
 * Where a root-less adapter read the patient: the closest element holding every value it read, when
 * that is a block of the page and not the page itself (a second value is needed to tell).
 */
function ownBlock(read: Element[]): Element | null {
  if (read.length < 2) return null;
  let block: Element | null = read[0] as Element;
  while (block && !read.every((el) => block?.contains(el))) block = block.parentElement;
  return block && !/^(?:body|html|main)$/.test(block.localName) ? block : null;
}

/** An adapter ready to read: its rules bound to the declarative runner. */
export function readerFor(adapter: SiteAdapter): AdapterReader {
  const reader: AdapterReader = { id: adapter.id, read: (doc, env) => runAdapter(adapter.id, adapter, doc, env) };
  if (adapter.dateOrder) reader.dateOrder = adapter.dateOrder;
  return reader;
}
