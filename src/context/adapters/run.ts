import type { ContextField, SiteProfile } from '../types';
import { CONTEXT_FIELDS } from '../types';
import { firstVisible } from '../dom';
import { shortText } from '../parse/text';
import { valueAfter } from '../generic/pairs';
import { emptyReading, put, type ReadEnv, type Reading } from '../reading';
import type { FieldRule, SiteAdapter } from './types';

/** Elements that can carry a label in table/definition layouts. */
const LABEL_CANDIDATES = 'th, td, dt, label, b, strong, span';

function readRule(rule: FieldRule, field: ContextField, scope: ParentNode, scopeName: string, reading: Reading, env: ReadEnv): boolean {
  env.budget.check();
  if ('selector' in rule) {
    const el = firstVisible(scope, rule.selector, env.vis, env.budget);
    if (!el) return false;
    const raw = rule.attr ? el.getAttribute(rule.attr)?.slice(0, 200) ?? null : shortText(el);
    return raw !== null && put(reading, field, raw, `${scopeName}: ${rule.selector}`, env, rule.dischargeActual);
  }
  let within: ParentNode = scope;
  if (rule.within) {
    const w = firstVisible(scope, rule.within, env.vis, env.budget);
    if (!w) return false;
    within = w;
  }
  const candidates = within.querySelectorAll(LABEL_CANDIDATES);
  const max = Math.min(candidates.length, 2000);
  for (let i = 0; i < max; i++) {
    if (i % 64 === 0) env.budget.check();
    const el = candidates[i];
    if (!el) continue;
    const text = shortText(el, 40);
    if (!text || !rule.label.test(text) || !env.vis.isVisible(el)) continue;
    const value = valueAfter(el, env.vis);
    if (value && put(reading, field, value.text, `${scopeName}: label "${text}"`, env, rule.dischargeActual)) return true;
  }
  return false;
}

export type AdapterOutcome = { kind: 'reading'; reading: Reading } | { kind: 'no-client' } | { kind: 'not-found' };

/** Reads a page with a declarative adapter. */
export function runAdapter(adapter: SiteAdapter, doc: Document, env: ReadEnv): AdapterOutcome {
  if (adapter.isSingleClient && !adapter.isSingleClient(doc, (el) => env.vis.isVisible(el))) return { kind: 'no-client' };
  let scope: ParentNode = doc;
  const scopeName = adapter.rootName ?? adapter.id;
  if (adapter.root) {
    const root = firstVisible(doc, adapter.root, env.vis, env.budget);
    if (!root) return { kind: 'not-found' };
    scope = root;
  }
  const reading = emptyReading();
  for (const field of CONTEXT_FIELDS) {
    const spec = adapter.fields[field];
    if (!spec) continue;
    const rules = Array.isArray(spec) ? spec : [spec];
    for (const rule of rules) if (readRule(rule, field, scope, scopeName, reading, env)) break;
  }
  return reading.fields.name ? { kind: 'reading', reading } : { kind: 'not-found' };
}

/** Reads a page with the selectors a user taught for this origin. */
export function runProfile(profile: SiteProfile, doc: Document, env: ReadEnv): Reading | null {
  const reading = emptyReading();
  for (const field of CONTEXT_FIELDS) {
    const selector = profile.selectors[field];
    if (typeof selector !== 'string' || selector.length > 500) continue;
    readRule({ selector }, field, doc, 'taught', reading, env);
  }
  return reading.fields.name ? reading : null;
}
