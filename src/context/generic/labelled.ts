import type { ContextField } from '../types';
import { shortText } from '../parse/text';
import { emptyReading, normalizeField, type ReadEnv, type Reading } from '../reading';
import { matchLabel, splitInlineLabels, type LabelRule } from './labels';
import { labelTarget, valueAfter } from './pairs';

/**
 * The label/value half of the generic reader: finds label/value pairs in any layout (dt/dd, th/td, label + value,
 * "Label: value" text, aria-label), prefers the patient banner region, and gives up (null) when the
 * page shows several clients or too little to be sure.
 */

interface Pair {
  field: ContextField;
  value: string;
  ambiguous: boolean;
  how: string;
  banner: Element | null;
  dischargeActual?: boolean;
}

/** `reject`: the page shows several clients or a list of people, so nothing may be read from it. */
export type LabelledOutcome = { kind: 'none' } | { kind: 'reject' } | { kind: 'one'; reading: Reading; confidence: number };

/** Elements scanned at most; beyond this a page is too big to read within budget anyway. */
const MAX_ELEMENTS = 30000;
/** The top of the page, in document order, where banners are looked for first. */
const HEAD_ELEMENTS = 2500;
const IDENTITY = new Set<ContextField>(['name', 'mrn', 'dob']);
/** Elements scanned past the last banner identity field found. */
const PAST_BANNER = 150;
/** Nodes read at most from one scanned element. */
const SCAN_NODES = 40;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'SVG', 'svg', 'INPUT', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG']);
const INLINE_TEXT_HOSTS = new Set(['P', 'DIV', 'SPAN', 'LI', 'TD', 'DD', 'LABEL', 'B', 'STRONG', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SMALL', 'EM']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'MARK', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
const BANNER_HINT = /banner|header|demograph|patient-?(?:info|summary|card|details|bar)|member-?(?:info|card|details|summary)|client-?(?:info|card|header|summary)|storyboard/i;
/** Cells that pair a label with a value by layout, so the label needs no colon. */
const CELL_TAGS = new Set(['TH', 'TD', 'DT', 'LABEL']);
/** Navigation and menus list sections ("Patient", "Reports"): a label there labels nothing. */
const NAVIGATION = 'nav, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], select, option';
const NOT_LABEL_TAGS = new Set(['LI', 'A', 'OPTION']);
const ENTITY_TYPE = /^(?:patient|member|client|resident|contact|person account|account|lead)\s*:?\s+/i;
const NAME_CANDIDATES = 'h1, h2, h3, h4, [class*="name"], [id*="name"], [data-testid*="name"]';
const NAME_HINT = /(?:^|[-_\s])(?:pt|patient|member|client|person|full)?[-_]?name(?:$|[-_\s])/i;

function bannerOf(el: Element, cache: Map<Element, Element | null>): Element | null {
  const chain: Element[] = [];
  let found: Element | null = null;
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 30; depth++) {
    const cached = cache.get(cur);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    chain.push(cur);
    const tag = cur.tagName;
    if (tag === 'BODY' || tag === 'HTML') break;
    const hint = `${cur.getAttribute('class') ?? ''} ${cur.id} ${cur.getAttribute('data-testid') ?? ''}`;
    if (tag === 'HEADER' || cur.getAttribute('role') === 'banner' || BANNER_HINT.test(hint)) {
      found = cur;
      break;
    }
    cur = cur.parentElement;
  }
  for (const c of chain) cache.set(c, found);
  return found;
}

const TOP_LEVEL = new Set(['BODY', 'MAIN', 'HTML']);

/** The closest element holding every banner, within a few levels of each; null when only the page does. */
function commonRegion(banners: Element[]): Element | null {
  let region: Element | null = banners[0] ?? null;
  for (const b of banners.slice(1, 20)) {
    let up = 0;
    while (region && !region.contains(b) && up++ < 4) region = region.parentElement;
    if (!region || !region.contains(b)) return null;
  }
  return region && !TOP_LEVEL.has(region.tagName) ? region : null;
}

function isColumnHeader(el: Element): boolean {
  if (el.tagName !== 'TH') return false;
  if (el.closest('thead')) return true;
  const row = el.parentElement;
  if (!row || row.tagName !== 'TR') return false;
  const cells = Array.from(row.children);
  return cells.length > 1 && cells.every((c) => c.tagName === 'TH') && el.getAttribute('scope') !== 'row';
}

function onlyInlineChildren(el: Element): boolean {
  const kids = el.children;
  if (kids.length > 4) return false;
  for (let i = 0; i < kids.length; i++) if (!INLINE.has((kids[i] as Element).tagName)) return false;
  return true;
}

/** Cuts "3 East, Room 307 Attending: Dr. X" at the next label ("Attending:"). */
function cutAtNextLabel(value: string): string {
  const re = /\s([^\s:][^:]{0,30}?):\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) {
    const label = m[1] as string;
    const words = label.split(' ');
    let cut = 0;
    for (let k = Math.min(3, words.length); k >= 1 && !cut; k--) if (matchLabel(words.slice(-k).join(' '))) cut = k;
    if (!cut && /^\p{Lu}/u.test(words[words.length - 1] ?? '')) cut = 1;
    if (cut) {
      const tail = words.slice(-cut).join(' ');
      return value.slice(0, m.index + 1 + label.length - tail.length).trim();
    }
  }
  return value;
}

function stripLeadingLabel(text: string, el: Element, ariaLabel: string): string {
  const first = el.firstElementChild;
  const firstText = first ? shortText(first, 40) : null;
  if (firstText && matchLabel(firstText) && text.startsWith(firstText)) return text.slice(firstText.length).replace(/^\s*:?\s*/, '');
  if (text.toLowerCase().startsWith(ariaLabel.toLowerCase())) return text.slice(ariaLabel.length).replace(/^\s*:?\s*/, '');
  return text;
}

/** A person list: a visible table whose header names a person column (name, MRN, DOB) over ≥2 rows. */
async function hasPeopleTable(doc: Document, env: ReadEnv): Promise<boolean> {
  const tables = doc.getElementsByTagName('table');
  const max = Math.min(tables.length, 200);
  for (let i = 0; i < max; i++) {
    if (env.slicer.due()) await env.slicer.pause();
    const t = tables[i];
    if (!t || !env.vis.isVisible(t)) continue;
    const headers = Array.from(t.querySelectorAll('th')).slice(0, 30).filter(isColumnHeader);
    const personColumn = headers.some((h) => {
      const text = shortText(h, 40) ?? '';
      const rule = matchLabel(text);
      return (rule && (rule.field === 'name' || rule.field === 'mrn' || rule.field === 'dob')) || /^patient(s)?\b/i.test(text);
    });
    if (!personColumn) continue;
    let rows = 0;
    for (const tr of Array.from(t.querySelectorAll('tr')).slice(0, 50)) {
      if (tr.querySelector('td') && env.vis.isVisible(tr)) rows++;
      if (rows >= 2) return true;
    }
  }
  return false;
}

export async function readLabelled(doc: Document, env: ReadEnv): Promise<LabelledOutcome> {
  const body = doc.body;
  if (!body) return { kind: 'none' };
  const pairs: Pair[] = [];
  const bannerCache = new Map<Element, Element | null>();

  let index = 0;
  const add = (rule: LabelRule, raw: string, how: string, el: Element) => {
    const n = normalizeField(rule.field, cutAtNextLabel(raw), env);
    // One word is a section title or a first name alone far more often than a whole client's name.
    if (!n || (rule.field === 'name' && !n.value.includes(' '))) return;
    const pair: Pair = { field: rule.field, value: n.value, ambiguous: n.ambiguous, how, banner: bannerOf(el, bannerCache) };
    if (rule.dischargeActual !== undefined) pair.dischargeActual = rule.dischargeActual;
    pairs.push(pair);
    if (pair.banner && IDENTITY.has(pair.field)) stopAt = index + PAST_BANNER;
  };

  // Once a banner has given an identity, the scan only runs a little past it (other chips, a
  // second banner row) instead of through the whole chart body.
  let stopAt = Infinity;
  const scan = async (from: number, to: number) => {
    for (let i = from; i < to && i < stopAt; i++) {
      if (i % 128 === 0 && env.slicer.due()) await env.slicer.pause();
      index = i;
      const el = all[i];
      if (!el) break;
      if (SKIP.has(el.tagName)) continue;

      const aria = el.getAttribute('aria-label');
      if (aria && aria.length <= 40) {
        const rule = matchLabel(aria);
        if (rule && env.vis.isVisible(el)) {
          const text = shortText(el);
          if (text) add(rule, stripLeadingLabel(text, el, aria), `aria-label "${aria.trim()}"`, el);
          continue;
        }
      }

      if (el.childElementCount > 3) continue;
      // A label or a "Label: value" line is a handful of nodes; wrappers of whole tables are not.
      const text = shortText(el, 240, SCAN_NODES);
      if (!text) continue;

      if (text.length <= 40) {
        const rule = matchLabel(text);
        if (rule) {
          if (rule.bare && !text.trimEnd().endsWith(':') && !CELL_TAGS.has(el.tagName)) continue;
          if (NOT_LABEL_TAGS.has(el.tagName) || el.closest(NAVIGATION)) continue;
          if (isColumnHeader(el) || !env.vis.isVisible(el)) continue;
          const target = el.tagName === 'LABEL' ? labelTarget(el, doc) : null;
          const value = target !== null ? { text: target, el: null } : valueAfter(el, env.vis);
          if (value && !matchLabel(value.text)) add(rule, value.text, `label "${text}"`, el);
          continue;
        }
      }
      if (text.includes(':') && INLINE_TEXT_HOSTS.has(el.tagName) && onlyInlineChildren(el)) {
        const inline = splitInlineLabels(text);
        if (inline.length > 0 && env.vis.isVisible(el)) for (const p of inline) add(p.rule, p.value, `label "${p.label}"`, el);
      }
    }
  };

  // Indexed in order and never asked for its length: a live collection's length walks the whole tree.
  const all = body.getElementsByTagName('*');
  await scan(0, HEAD_ELEMENTS);
  // Charts put their banner first in the markup: when the top of the page holds one, the rest is
  // the chart body (flowsheets, notes) and scanning it would only cost time.
  if (!pairs.some((p) => p.banner && IDENTITY.has(p.field))) await scan(HEAD_ELEMENTS, MAX_ELEMENTS);

  // Prefer what sits in a banner: a chart's header describes its one client, the rest is clutter.
  const inBanner = pairs.filter((p) => p.banner && IDENTITY.has(p.field));
  const useBanner = inBanner.length > 0;
  const chosen = useBanner ? pairs.filter((p) => p.banner) : pairs;
  if (!useBanner && (await hasPeopleTable(doc, env))) return { kind: 'reject' };

  const reading = emptyReading();
  const distinct = new Map<ContextField, Set<string>>();
  for (const p of chosen) {
    let set = distinct.get(p.field);
    if (!set) distinct.set(p.field, (set = new Set()));
    set.add(p.field === 'name' ? p.value.toLowerCase().replace(/[.\s]+/g, ' ') : p.value);
    if (reading.fields[p.field] !== undefined) continue;
    reading.fields[p.field] = p.value;
    reading.provenance[p.field] = useBanner ? `banner: ${p.how}` : p.how;
    if (p.ambiguous) reading.ambiguousDates = true;
    if (p.field === 'dischargeDate' && p.dischargeActual !== undefined) reading.dischargeActual = p.dischargeActual;
  }
  // Two different identities on one page: this is a list or a comparison, not one client.
  for (const f of ['name', 'mrn', 'dob'] as const) if ((distinct.get(f)?.size ?? 0) > 1) return { kind: 'reject' };

  let nameFromHeading = false;
  if (!reading.fields.name && useBanner) {
    const banners = [...new Set(chosen.map((p) => p.banner).filter((b): b is Element => b !== null))];
    // Hinted elements can be the banner's items ("banner-item"): they must share one close ancestor.
    let region = commonRegion(banners);
    if (!region) return { kind: 'reject' };
    // The hinted element may be an inner list ("member-details") beside the name heading: widen a little.
    for (let up = 0; up < 2 && !region.querySelector(NAME_CANDIDATES); up++) {
      const parent: Element | null = region.parentElement;
      if (!parent || TOP_LEVEL.has(parent.tagName)) break;
      region = parent;
    }
    const candidates = Array.from(region.querySelectorAll(NAME_CANDIDATES)).slice(0, 30);
    for (const c of candidates) {
      const hint = `${c.getAttribute('class') ?? ''} ${c.id} ${c.getAttribute('data-testid') ?? ''}`;
      if (!/^H[1-4]$/.test(c.tagName) && !NAME_HINT.test(hint)) continue;
      if (!env.vis.isVisible(c)) continue;
      // Record headers often print the record type above the name ("Patient" / "Evelyn Bell").
      const t = shortText(c, 80)?.replace(ENTITY_TYPE, '');
      if (!t || matchLabel(t)) continue;
      const n = normalizeField('name', t, env);
      if (n && n.value.includes(' ')) {
        reading.fields.name = n.value;
        reading.provenance.name = `banner: ${c.tagName.toLowerCase()}${c.getAttribute('class') ? `.${(c.getAttribute('class') as string).split(/\s+/)[0]}` : ''}`;
        nameFromHeading = true;
        break;
      }
    }
  }
  if (!reading.fields.name) return { kind: 'none' };

  let confidence = 0.3;
  if (reading.fields.mrn) confidence += 0.25;
  if (reading.fields.dob) confidence += 0.2;
  const extras = (['sex', 'phone', 'admitDate', 'dischargeDate', 'location'] as const).filter((f) => reading.fields[f]).length;
  confidence += Math.min(0.1, extras * 0.05);
  if (useBanner) confidence += 0.1;
  // Name and birth date in loose page text, with no banner and no record number, reads like prose.
  else if (!reading.fields.mrn) confidence -= 0.1;
  if (nameFromHeading) confidence -= 0.05;
  if (reading.ambiguousDates) confidence -= 0.1;
  confidence = Math.min(0.9, confidence);
  return { kind: 'one', reading, confidence };
}
