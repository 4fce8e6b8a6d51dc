/** DOM helpers for reading pages: visibility, bounded queries, values. Pure DOM, no extension APIs. */
import { cleanText, shortText } from './parse/text';

const NEVER_RENDERED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'META', 'LINK']);

/** Element as seen here: `checkVisibility` is missing in older engines, `style` on non-HTML elements. */
type VisibilityElement = Element & {
  checkVisibility?: (options?: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }) => boolean;
  style?: CSSStyleDeclaration;
};

/**
 * Whether a person looking at the page could see `el`. Cheap checks first (attributes and inline
 * styles up the ancestor chain, cached); then `checkVisibility()` where the engine has layout for
 * this document (a DOMParser document in Chromium has none, and would call everything hidden).
 */
export class VisibilityChecker {
  private readonly cache = new Map<Element, boolean>();
  private readonly useLayout: boolean;

  constructor(doc: Document) {
    this.useLayout = doc.defaultView != null;
  }

  isVisible(el: Element): boolean {
    if (this.hiddenByMarkup(el)) return false;
    const v = el as VisibilityElement;
    if (this.useLayout && typeof v.checkVisibility === 'function') {
      try {
        return v.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
      } catch {
        return true;
      }
    }
    return true;
  }

  private hiddenByMarkup(el: Element): boolean {
    const chain: Element[] = [];
    let hidden = false;
    let cur: Element | null = el;
    for (let depth = 0; cur && depth < 200; depth++) {
      const cached = this.cache.get(cur);
      if (cached !== undefined) {
        hidden = cached;
        break;
      }
      chain.push(cur);
      if (selfHidden(cur)) {
        hidden = true;
        break;
      }
      cur = cur.parentElement;
    }
    // Everything below a hidden ancestor is hidden; if none was hidden, none on the chain is.
    for (const c of chain) this.cache.set(c, hidden);
    return hidden;
  }
}

function selfHidden(el: Element): boolean {
  if (NEVER_RENDERED.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
  const style = (el as VisibilityElement).style;
  if (style) {
    const display = style.display;
    const visibility = style.visibility;
    if (display === 'none' || visibility === 'hidden' || visibility === 'collapse') return true;
    if (style.contentVisibility === 'hidden') return true;
  }
  return false;
}

/** First element matching `selector` under `root` that is visible, or null. Invalid selectors give null. */
export function firstVisible(root: ParentNode, selector: string, vis: VisibilityChecker): Element | null {
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(selector);
  } catch {
    return null;
  }
  const max = Math.min(list.length, 500);
  for (let i = 0; i < max; i++) {
    const el = list[i];
    if (el && vis.isVisible(el)) return el;
  }
  return null;
}

export function allVisible(root: ParentNode, selector: string, vis: VisibilityChecker, cap = 50): Element[] {
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(selector);
  } catch {
    return [];
  }
  const out: Element[] = [];
  const max = Math.min(list.length, 2000);
  for (let i = 0; i < max && out.length < cap; i++) {
    const el = list[i];
    if (el && vis.isVisible(el)) out.push(el);
  }
  return out;
}

/**
 * What a person reads in `el`: the current value of a form control (edit forms show the client in
 * inputs, and what was typed lives in `.value`, not in the attribute), else its short text.
 */
export function readValue(el: Element, max = 200): string | null {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'password' || input.type === 'hidden') return null;
    return cleanValue(input.value, max);
  }
  if (tag === 'TEXTAREA') return cleanValue((el as HTMLTextAreaElement).value, max);
  if (tag === 'SELECT') {
    const option = (el as HTMLSelectElement).selectedOptions?.[0];
    return option ? shortText(option, max) : null;
  }
  return shortText(el, max);
}

function cleanValue(raw: string | null | undefined, max: number): string | null {
  if (typeof raw !== 'string' || raw.length > max * 4) return null;
  const text = cleanText(raw);
  return text && text.length <= max ? text : null;
}
