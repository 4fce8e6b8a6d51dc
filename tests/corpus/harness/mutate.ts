/**
 * Meaning-preserving mutations of a parsed page: what a person sees stays the same, the markup
 * changes the way another product's (or another build's) markup differs from ours — class names,
 * ids, label punctuation, whitespace, separators, wrapper depth. Deterministic (no randomness), and
 * applied to TUNING pages only: held-out pages stay unseen. The bench prints, per mutation, fields
 * right and wrong clients; corpus.test.ts asserts no wrong client under any of them.
 */
import { tagOf } from '../../../src/context/tag';

export interface Mutation {
  id: string;
  about: string;
  apply: (doc: Document) => void;
}

const elements = (doc: Document) => [...doc.querySelectorAll('*')];

/** Text nodes a person reads (not script, style, template or preformatted text). */
function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !SKIP.has(tagOf(parent)) && !parent.closest('pre, textarea, script, style, template')) out.push(n as Text);
  }
  return out;
}
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'PRE', 'TEXTAREA', 'NOSCRIPT']);

/**
 * What a stylesheet hides through a class or id, pinned inline before the class or id goes, so
 * that removing it changes the markup and not what is shown.
 */
function pinHiding(doc: Document, which: (el: Element) => boolean): void {
  const view = doc.defaultView;
  if (!view || !doc.querySelector('style, link[rel~="stylesheet"]')) return;
  const pins: [HTMLElement, string][] = [];
  for (const el of elements(doc)) {
    if (!which(el) || !('style' in el)) continue;
    const s = view.getComputedStyle(el);
    const decl: string[] = [];
    if (s.display === 'none') decl.push('display:none');
    if (s.visibility === 'hidden' || s.visibility === 'collapse') decl.push(`visibility:${s.visibility}`);
    if (s.opacity !== '' && parseFloat(s.opacity) === 0) decl.push('opacity:0');
    if ((s.position === 'absolute' || s.position === 'fixed') && /-\d{4,}/.test(`${s.left} ${s.top}`)) decl.push(`position:${s.position}`, `left:${s.left}`, `top:${s.top}`);
    if (s.clip && /rect\(\s*0/.test(s.clip)) decl.push(`position:absolute`, `clip:${s.clip}`);
    if (decl.length) pins.push([el as HTMLElement, decl.join(';')]);
  }
  for (const [el, decl] of pins) el.setAttribute('style', `${el.getAttribute('style') ?? ''};${decl}`);
}

/** A stable CSS-module style name for a class name ("x_" + six letters from a string hash). */
export function hashedName(name: string): string {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let out = '';
  for (let i = 0; i < 6; i++, h = Math.floor(h / 62) || Math.imul(h + i, 2654435761) >>> 0) out += abc[h % 62];
  return `x_${out}`;
}

/** Every such attribute removed; what stylesheets hid through it is hidden inline first. */
function withoutAttribute(name: string): Mutation['apply'] {
  return (doc) => {
    pinHiding(doc, (el) => el.hasAttribute(name));
    for (const el of elements(doc)) el.removeAttribute(name);
  };
}

const LABEL_ELEMENTS = new Set(['DT', 'TH', 'LABEL']);

/** Rewrites each label's text: a dt, th or label element's whole, or the label before the colon in one text ("Date of Birth: 1950-01-05"). */
function rewriteLabels(doc: Document, rewrite: (label: string) => string): void {
  for (const t of textNodes(doc)) {
    const host = t.parentElement;
    const labelElement = !!host && LABEL_ELEMENTS.has(tagOf(host)) && t.data.trim().length <= 40;
    const next = labelElement ? rewrite(t.data) : t.data.replace(/^([^:\d]{1,40}):(?=\s|$)/u, rewrite);
    if (next !== t.data) t.data = next;
  }
}

/** Pure separators between items of a strip: "·", "|", "•", "/", "–", "—". */
const SEPARATOR = /^\s*[·|•/–—]\s*$/;

export const MUTATIONS: Mutation[] = [
  {
    id: 'no-classes',
    about: 'every class attribute removed (what stylesheets hid through a class is hidden inline)',
    apply: withoutAttribute('class'),
  },
  {
    id: 'hashed-classes',
    about: 'every class name replaced by a hashed one, in the markup and in the page\u2019s stylesheets alike',
    apply(doc) {
      for (const el of elements(doc)) {
        const cls = el.getAttribute('class');
        if (cls !== null) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(hashedName).join(' '));
      }
      for (const style of doc.querySelectorAll('style')) {
        style.textContent = (style.textContent ?? '').replace(/\.(-?[_a-zA-Z][\w-]*)/g, (_, name: string) => `.${hashedName(name)}`);
      }
    },
  },
  {
    id: 'no-ids',
    about: 'every id attribute removed (what stylesheets hid through an id is hidden inline)',
    apply: withoutAttribute('id'),
  },
  {
    id: 'no-label-colons',
    about: 'the colon after a label removed ("DOB: 1/2/1950" reads "DOB 1/2/1950", "<b>DOB</b>: …" too); times keep theirs',
    apply(doc) {
      for (const t of textNodes(doc)) {
        // In the label's own text ("DOB: …"), or opening the text after a label element ("<b>DOB</b>: …").
        let next = t.data.replace(/([\p{L}\p{N}.)#])\s*:(?=\s|$)/gu, '$1 ');
        if (t.previousSibling?.nodeType === 1) next = next.replace(/^\s*:(?=\s|$)/, ' ');
        if (next !== t.data) t.data = next;
      }
    },
  },
  {
    id: 'upper-case-labels',
    about: 'labels in capitals, as a stylesheet\u2019s text-transform shows them: a label\u2019s own text ("Date of Birth:"), and a dt, th or label element\u2019s',
    apply(doc) {
      rewriteLabels(doc, (label) => label.toUpperCase());
    },
  },
  {
    id: 'nbsp-in-labels',
    about: 'the spaces inside a label non-breaking ("Date\u00a0of\u00a0Birth:"), as templates keep a label on one line',
    apply(doc) {
      rewriteLabels(doc, (label) => label.replace(/(\S) (?=\S)/g, '$1\u00a0'));
    },
  },
  {
    id: 'no-inter-tag-whitespace',
    about: 'whitespace-only text between tags removed, as a minifier does',
    apply(doc) {
      for (const t of textNodes(doc)) if (!t.data.trim()) t.remove();
    },
  },
  {
    id: 'swapped-separators',
    about: 'a text node that is only a separator swaps "·" and "•" for "|", and "|" or "/" for "·"',
    apply(doc) {
      for (const t of textNodes(doc)) {
        if (!SEPARATOR.test(t.data)) continue;
        t.data = t.data.replace(/[·•–—|/]/, (c) => (c === '|' || c === '/' ? '·' : '|'));
      }
    },
  },
  {
    id: 'separators-as-breaks',
    about: 'a text node that is only a separator becomes a line break',
    apply(doc) {
      for (const t of textNodes(doc)) if (SEPARATOR.test(t.data)) t.replaceWith(doc.createElement('br'));
    },
  },
  {
    id: 'deeper-wrappers',
    about: 'the body\u2019s content wrapped in five more plain divs',
    apply(doc) {
      const body = doc.body;
      if (!body) return;
      let inner = doc.createElement('div');
      const outer = inner;
      for (let i = 1; i < 5; i++) inner = inner.appendChild(doc.createElement('div'));
      while (body.firstChild) inner.appendChild(body.firstChild);
      body.appendChild(outer);
    },
  },
];
