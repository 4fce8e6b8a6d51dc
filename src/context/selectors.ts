import { mentionsAny } from './identifying';

/**
 * A CSS selector for an element the user pointed at, to find "the same field" on the next chart of
 * the same system. Pure DOM. Two goals pull apart: unique on this page (never two matches) and
 * stable on the next page (no patient data, no generated class names). So: stable attributes
 * first, then classes, then an anchor on a stable ancestor, and an nth-of-type chain only last.
 */

/** Attributes that name a field rather than hold its value, best first. */
const NAMING_ATTRIBUTES = [
  'data-testid',
  'data-test',
  'data-test-id',
  'data-qa',
  'data-cy',
  'data-field',
  'data-name',
  'data-label',
  'name',
  'itemprop',
  'aria-label',
  'aria-labelledby',
  'role',
];

/** State classes come and go with hover, focus and selection: never part of the selector. */
const STATE_CLASSES = new Set(['active', 'selected', 'hover', 'focus', 'focused', 'open', 'hidden', 'visible', 'disabled', 'current', 'show', 'in']);
const IDENT = /^-?[A-Za-z_][\w-]*$/;
const MAX_TOKEN = 60;
const MAX_ANCESTORS = 8;
const MAX_CANDIDATES = 8;

/**
 * A token a developer wrote rather than a build tool or the data: identifier characters only, no
 * run of 3+ digits (record numbers, dates, hashes), no CSS-in-JS or CSS-module hash.
 */
export function isStableToken(token: string): boolean {
  if (token.length === 0 || token.length > MAX_TOKEN || !IDENT.test(token)) return false;
  if (/\d{3,}/.test(token)) return false;
  if (/^(css|sc|jsx|jss|emotion|svelte|ng-tns|ember)[-_]/i.test(token)) return false;
  const tail = token.split(/[-_]+/).pop() ?? '';
  if (tail !== token && tail.length >= 5 && /\d/.test(tail) && /[A-Za-z]/.test(tail)) return false;
  return !STATE_CLASSES.has(token) && !/^(is|has)-/.test(token);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** An attribute value that repeats what the element shows would only match this one client. */
function namesRatherThanHolds(value: string, el: Element): boolean {
  const v = collapse(value);
  if (v.length === 0 || v.length > 80 || /\d{3,}/.test(v)) return false;
  const shown = collapse(el.textContent ?? '').slice(0, 400);
  return shown.length === 0 || !(shown.includes(v) || (shown.length >= 3 && v.includes(shown)));
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

function tagOf(el: Element): string {
  const tag = el.localName;
  return IDENT.test(tag) ? tag : '*';
}

/** Simple selectors that match `el`, most stable first (each is one compound, no combinator). */
export function simpleSelectors(el: Element, identifying: readonly string[] = []): string[] {
  return ownSelectors(el).filter((selector) => !mentionsAny(selector, identifying));
}

function ownSelectors(el: Element): string[] {
  const tag = tagOf(el);
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && isStableToken(id)) out.push(`#${id}`);
  const named = NAMING_ATTRIBUTES.concat(
    [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('data-') && !NAMING_ATTRIBUTES.includes(n)),
  );
  for (const name of named) {
    const value = el.getAttribute(name);
    if (value !== null && IDENT.test(name) && namesRatherThanHolds(value, el)) out.push(`${tag}[${name}=${quote(value)}]`);
  }
  const classes = [...el.classList].filter(isStableToken).slice(0, 4);
  for (const c of classes) out.push(`${tag}.${c}`);
  if (classes.length >= 2) out.push(`${tag}.${classes.join('.')}`);
  return out.slice(0, MAX_CANDIDATES);
}

function matchesOnly(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

function nthOfType(el: Element): string {
  let n = 1;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.localName === el.localName) n++;
  return `${tagOf(el)}:nth-of-type(${n})`;
}

/**
 * The most stable selector that matches `el` and nothing else in its document, or null when `el`
 * is not in a document. Never returns a selector with more than one match, nor one with a token
 * (of the element or of an ancestor: id, aria-label, data-*, class) that mentions an identifying word.
 */
export function selectorFor(el: Element, identifying: readonly string[] = []): string | null {
  const doc = el.ownerDocument;
  if (!doc || !el.isConnected) return null;
  const own = simpleSelectors(el, identifying);
  for (const s of own) if (matchesOnly(doc, s, el)) return s;

  // Anchor on the nearest ancestor that carries something stable: "the name inside the banner".
  const targets = own.length > 0 ? own : [tagOf(el)];
  let ancestor = el.parentElement;
  for (let depth = 0; ancestor && depth < MAX_ANCESTORS; depth++, ancestor = ancestor.parentElement) {
    for (const a of simpleSelectors(ancestor, identifying)) {
      for (const t of targets) {
        for (const combined of [`${a} > ${t}`, `${a} ${t}`]) if (matchesOnly(doc, combined, el)) return combined;
      }
    }
  }
  return positionalChain(doc, el, identifying);
}

/** Last resort: child steps by position from the nearest uniquely named ancestor (or the root). */
function positionalChain(doc: Document, el: Element, identifying: readonly string[]): string | null {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur !== el) {
      const anchor = simpleSelectors(cur, identifying).find((s) => matchesOnly(doc, s, cur as Element));
      if (anchor) {
        const chain = [anchor, ...steps].join(' > ');
        if (matchesOnly(doc, chain, el)) return chain;
      }
    }
    if (cur === doc.documentElement) {
      const chain = [':root', ...steps].join(' > ');
      return matchesOnly(doc, chain, el) ? chain : null;
    }
    steps.unshift(nthOfType(cur));
  }
  return null;
}
