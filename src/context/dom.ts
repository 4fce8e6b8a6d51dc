/** DOM helpers for reading pages: visibility, bounded queries, values. Pure DOM, no extension APIs. */
import { cleanText, shortText } from './parse/text';
import { tagOf } from './tag';

const NEVER_RENDERED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'META', 'LINK']);
/** Smaller than this (px), text or a box is not something a person reads. */
const MIN_READABLE = 2;
const CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const MIN_FONT_PX = 4;
const MAX_CLIP_ANCESTORS = 12;
/** Ancestors looked at, at most, to tell that none clips. */
const MAX_CLEAR_CHAIN = 64;
/** The computed `contain` values that clip what overflows the element. */
const PAINT_CONTAINED = /paint|content|strict/;
/** clip: rect(0 0 0 0) and clip-path: inset(50%) hide what they sit on entirely. */
const CLIPPED_WHOLE = /rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|inset\(\s*50%|circle\(\s*0/;

/** Element as seen here: `checkVisibility` is missing in older engines, `style` on non-HTML elements. */
type VisibilityElement = Element & {
  checkVisibility?: (options?: { opacityProperty?: boolean; visibilityProperty?: boolean; contentVisibilityAuto?: boolean }) => boolean;
  style?: CSSStyleDeclaration;
};

type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The live page's layout verdict for an element, where a page is read away from its layout (the
 * reader split's mirror, docs/reader-split.md): the frame answers with this checker on the live page.
 */
export type LayoutOracle = (el: Element) => LayoutVerdict;

/**
 * Shown, hidden, hidden only the way a "visually hidden" text is (VisibilityChecker.isMuted), or shown with its white
 * space kept (VisibilityChecker.whiteSpaceKept): its line breaks, or its runs of spaces too.
 */
export type LayoutVerdict = boolean | typeof MUTED | typeof KEEPS_BREAKS | typeof KEEPS_SPACES;
export const MUTED = 'muted';
export const KEEPS_BREAKS = 'breaks';
export const KEEPS_SPACES = 'spaces';
/** What a text's style keeps of its white space: nothing (runs collapse to one space), its line breaks, or its spaces too. */
export type WhiteSpaceKept = 'none' | typeof KEEPS_BREAKS | typeof KEEPS_SPACES;
const KEPT_BY_STYLE: Readonly<Record<string, WhiteSpaceKept>> = { pre: KEEPS_SPACES, 'pre-wrap': KEEPS_SPACES, 'break-spaces': KEEPS_SPACES, 'pre-line': KEEPS_BREAKS };
const oracles = new WeakMap<Document, LayoutOracle>();

/** Gives (or, with null, takes away) the layout verdicts of checkers made for `doc` from now on. */
export function setLayoutOracle(doc: Document, oracle: LayoutOracle | null): void {
  if (oracle) oracles.set(doc, oracle);
  else oracles.delete(doc);
}

/**
 * Whether a person looking at the page could see `el` — a page can hide a second patient in many
 * ways, and what is hidden must never be read. Cheap checks first (attributes and inline styles up
 * the ancestor chain, across shadow roots, cached); then, where the engine has layout for this
 * document, what the browser computed: `checkVisibility()` (display, visibility, opacity,
 * content-visibility), transparent or tiny text, zero size (`scale(0)` too), boxes off the page,
 * and boxes clipped away by an ancestor's overflow, clip, clip-path or paint containment. (A DOMParser document in
 * Chromium has no layout and would call everything hidden, so it gets the markup checks only.)
 */
export class VisibilityChecker {
  readonly #cache = new Map<Element, boolean>();
  readonly #seen = new Map<Element, boolean>();
  readonly #muted = new Map<Element, boolean>();
  readonly #clipCache = new Map<Element, Box | null>();
  /** Elements from which up to the root nothing clips (or something does): most chains, asked once per element. */
  readonly #clearCache = new Map<Element, boolean>();
  readonly #view: (Window & typeof globalThis) | null;
  /** True when boxes have real geometry (a browser tab), false in a windowless or layout-less DOM. */
  readonly #layout: boolean;
  /** The page's scroll offset and width, read once per check run. */
  #page: { x: number; y: number; viewWidth: number; width?: number } | undefined;

  readonly #doc: Document;
  readonly #oracle: LayoutOracle | undefined;
  /** Computed styles, live (each read of one is current), kept by the caller across checkers: each getComputedStyle costs. */
  readonly #styles: WeakMap<Element, CSSStyleDeclaration> | undefined;

  constructor(doc: Document, styles?: WeakMap<Element, CSSStyleDeclaration>) {
    this.#doc = doc;
    this.#styles = styles;
    this.#oracle = oracles.get(doc);
    this.#view = doc.defaultView as (Window & typeof globalThis) | null;
    let layout = false;
    try {
      // The viewport's width, which no stylesheet can zero: the root element's own box it can ("html { width: 0 }"
      // had turned every layout check off, and a transparent name was read).
      layout = this.#view !== null && (doc.scrollingElement ?? doc.documentElement).clientWidth > 0;
    } catch {
      layout = false;
    }
    this.#layout = layout;
  }

  /** Markup-only check (attributes, inline styles, ancestors): cheap, for the many parts of one checked whole. */
  isShownByMarkup(el: Element): boolean {
    try {
      return !this.#hiddenByMarkup(el);
    } catch {
      return false;
    }
  }

  /** `hasText`: whether the caller already knows that `el` holds text of its own (not asked again). */
  isVisible(el: Element, hasText?: boolean): boolean {
    return this.#visible(el, hasText);
  }

  /** The verdict itself: isMuted's own questions are not its caller's (a frame counts the verdicts a read asked). */
  #visible(el: Element, hasText?: boolean): boolean {
    const known = this.#seen.get(el);
    if (known !== undefined) return known;
    let visible: boolean;
    try {
      visible = !this.#hiddenByMarkup(el) && (this.#oracle ? shownVerdict(this.#oracle(el)) : this.#rendered(el, hasText));
    } catch {
      // A getter that throws is a page playing games: treat what it guards as unseen.
      visible = false;
    }
    this.#seen.set(el, visible);
    return visible;
  }

  /**
   * The layout part alone, for an element whose markup checks passed and whose markup has not changed since (no
   * mutation told of one): what a style sheet, a font or a media query changes with nothing in the markup telling.
   */
  isRendered(el: Element): boolean {
    try {
      return this.#oracle ? shownVerdict(this.#oracle(el)) : this.#rendered(el);
    } catch {
      return false;
    }
  }

  /**
   * What the style of `el`, shown, keeps of the white space in its own text: report viewers, print previews and label
   * printers put fixed-width text in a <div> set to `white-space: pre` (or `pre-wrap`, `pre-line`), its rows parted by
   * line breaks and its columns by runs of spaces, as a <pre>'s are. Only an element whose own text has such a run
   * (mayKeepWhiteSpace) is asked its style: a computed style costs. Through the mirror, which carries no style, the
   * frame answers it with the element's layout verdict.
   */
  whiteSpaceKept(el: Element): WhiteSpaceKept {
    if (!mayKeepWhiteSpace(el) || !this.#visible(el)) return 'none';
    try {
      if (this.#oracle) {
        const verdict = this.#oracle(el);
        return verdict === KEEPS_BREAKS || verdict === KEEPS_SPACES ? verdict : 'none';
      }
      return this.#view ? (KEPT_BY_STYLE[this.#style(el).whiteSpace] ?? 'none') : 'none';
    } catch {
      return 'none';
    }
  }

  /**
   * Whether `el` is a "visually hidden" text (`.sr-only`, `.visually-hidden`, MUI's visuallyHidden): squeezed to a
   * pixel or clipped to nothing inside a parent that is shown, and hidden no other way. A screen reader announces it
   * as the caption of what is beside it, and the rules may read it so; never as a value (a page can hide another
   * patient that way as well as any other).
   */
  isMuted(el: Element): boolean {
    let muted = this.#muted.get(el);
    if (muted !== undefined) return muted;
    try {
      const parent = up(el);
      muted = !this.#visible(el) && !!parent && this.#visible(parent) && !selfHidden(el, true) && (this.#oracle ? this.#oracle(el) === MUTED : this.#squeezed(el));
    } catch {
      muted = false;
    }
    this.#muted.set(el, muted);
    return muted;
  }

  /**
   * The layout part of isMuted: drawn in every other respect, its own box a pixel at most or its own clip whole.
   * Without layout, only its inline style can tell (isMuted has ruled out every other way it hides).
   */
  #squeezed(el: Element): boolean {
    if (!this.#layout || !this.#view) return selfHidden(el);
    const v = el as VisibilityElement;
    if (typeof v.checkVisibility === 'function' && !v.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const style = this.#style(el);
    if (parseFloat(style.fontSize) < MIN_FONT_PX || transparent(style.webkitTextFillColor || style.color)) return false;
    const box = el.getBoundingClientRect();
    return clipsWhole(style) || (box.width <= 1 && box.height <= 1);
  }

  #rendered(el: Element, hasText?: boolean): boolean {
    const v = el as VisibilityElement;
    let contents = false;
    if (this.#view && typeof v.checkVisibility === 'function' && !v.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) {
      // display: contents has no box, so checkVisibility calls it hidden: its content is laid out in the
      // parent's box, where only the visibility it passes down (not its opacity, a box's) can hide it.
      const own = this.#style(el);
      const parent = up(el);
      if (own.display !== 'contents' || own.visibility !== 'visible' || !parent || !this.isVisible(parent)) return false;
      // Its own text is judged by that text's boxes; with none, what it wraps is judged element by element.
      if (!(contents = ownText(el))) return true;
    }
    if (!this.#layout || !this.#view) return true;
    const style = this.#style(el);
    // A form control shows its value in its own font, inside its border (its client box).
    const control = CONTROLS.has(tagOf(el));
    // Font size and text indent matter only to text of its own: a container's are not even read (each read costs).
    const text = contents || (hasText ?? ownText(el));
    if ((control || text) && parseFloat(style.fontSize) < MIN_FONT_PX) return false;
    if (control && (el.clientWidth < MIN_READABLE || el.clientHeight < MIN_READABLE)) return false;
    // Text is painted in its fill colour, which is the colour unless set apart: one read, not two (by
    // property, not by name: half the cost).
    if (transparent(style.webkitTextFillColor || style.color)) return false;
    // Its own clip hides it as an ancestor's would (a stylesheet's, which the markup check cannot see).
    if (clipsWhole(style)) return false;
    // A text-indent can push the text away from its element: then the text's own boxes count.
    const box = ((contents || (text && style.textIndent !== '0px')) && textBox(el)) || el.getBoundingClientRect();
    if (box.width < MIN_READABLE || box.height < MIN_READABLE) return false;
    this.#page ??= { x: this.#view.scrollX, y: this.#view.scrollY, viewWidth: this.#view.innerWidth };
    const pageLeft = box.left + this.#page.x;
    const pageTop = box.top + this.#page.y;
    if (pageLeft + box.width <= 0 || pageTop + box.height <= 0) return false;
    // Past the document's scroll width is off the page; measured only for boxes that start past the view (it costs).
    if (pageLeft >= this.#page.viewWidth && pageLeft >= (this.#page.width ??= Math.max(this.#doc.documentElement.scrollWidth, this.#page.viewWidth))) return false;
    return !this.#clippedAway(el, box);
  }

  #style(el: Element): CSSStyleDeclaration {
    let style = this.#styles?.get(el);
    if (!style) {
      style = (this.#view as Window).getComputedStyle(el);
      this.#styles?.set(el, style);
    }
    return style;
  }

  /** True when the ancestors that clip (overflow, clip, clip-path, paint containment) leave less than a readable sliver. */
  #clippedAway(el: Element, box: Box): boolean {
    let cur = up(el);
    if (this.#clearUp(cur)) return false;
    for (let depth = 0; cur && depth < MAX_CLIP_ANCESTORS && cur !== this.#doc.documentElement; depth++) {
      const clip = this.#clipOf(cur);
      if (clip) {
        box = { left: Math.max(box.left, clip.left), top: Math.max(box.top, clip.top), right: Math.min(box.right, clip.right), bottom: Math.min(box.bottom, clip.bottom) };
        if (box.right - box.left < MIN_READABLE || box.bottom - box.top < MIN_READABLE) return true;
      }
      cur = up(cur);
    }
    return false;
  }

  /**
   * Whether no element from `el` up to the root element clips: then no ancestor's clip can hide what is
   * below it, whatever its depth. A chain too deep to tell is not called clear (the walk then looks).
   */
  #clearUp(el: Element | null, depth = 0): boolean {
    if (!el || el === this.#doc.documentElement) return true;
    let clear = this.#clearCache.get(el);
    if (clear === undefined) this.#clearCache.set(el, (clear = depth < MAX_CLEAR_CHAIN && !this.#clipOf(el) && this.#clearUp(up(el), depth + 1)));
    return clear;
  }

  #clipOf(el: Element): Box | null {
    const cached = this.#clipCache.get(el);
    if (cached !== undefined) return cached;
    const style = this.#style(el);
    // The shorthand is "visible" only when both axes are: one read, not two (and each property read once: every read costs).
    // Paint containment (contain: paint, content or strict; content-visibility: auto) clips as overflow does.
    const { overflow, clip, clipPath, contain, contentVisibility } = style;
    const clips = overflow !== 'visible' || (clip && clip !== 'auto') || (clipPath && clipPath !== 'none') || PAINT_CONTAINED.test(contain) || contentVisibility === 'auto';
    let box: Box | null = null;
    if (clips) {
      const r = el.getBoundingClientRect();
      // A DOMRect is a snapshot: kept as it is.
      box = clipsWhole(style) ? { left: r.left, top: r.top, right: r.left, bottom: r.top } : r;
    }
    this.#clipCache.set(el, box);
    return box;
  }

  #hiddenByMarkup(el: Element): boolean {
    const chain: Element[] = [];
    let hidden = false;
    let cur: Element | null = el;
    for (let depth = 0; cur && depth < 200; depth++) {
      const cached = this.#cache.get(cur);
      if (cached !== undefined) {
        hidden = cached;
        break;
      }
      chain.push(cur);
      if (selfHidden(cur)) {
        hidden = true;
        break;
      }
      cur = up(cur);
    }
    // Everything below a hidden ancestor is hidden; if none was hidden, none on the chain is.
    for (const c of chain) this.#cache.set(c, hidden);
    return hidden;
  }
}

/** One step up the flat tree: the parent element, or the host of the shadow root `el` is in. */
export function up(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as (Node & { host?: Element }) | null;
  return root && root.nodeType === 11 && root.host ? root.host : null;
}

function clipsWhole(style: CSSStyleDeclaration): boolean {
  const { clip, clipPath } = style;
  // Most elements have neither: no string built, no pattern run.
  return (clip !== 'auto' || clipPath !== 'none') && CLIPPED_WHOLE.test(`${clip} ${clipPath}`);
}

function transparent(color: string | undefined): boolean {
  if (!color) return false;
  if (color === 'transparent') return true;
  // Only a fourth component is an alpha: "rgb(0, 0, 0)" is black.
  const alpha = /rgba?\(\s*[\d.]+%?[\s,]+[\d.]+%?[\s,]+[\d.]+%?\s*[,/]\s*([\d.]+%?)\s*\)$/.exec(color)?.[1];
  return alpha !== undefined && parseFloat(alpha) === 0;
}

/** Whether the element holds text of its own (not only in descendants): bounded, unlike textContent. */
function ownText(el: Element): boolean {
  // Sibling steps, not a NodeList's (each index into a live list costs more).
  let i = 0;
  for (let k = el.firstChild; k && i < 50; k = k.nextSibling, i++) if (k.nodeType === 3 && (k.nodeValue ?? '').trim()) return true;
  return false;
}

/** The box around the own text of an element that has some (ownText), or null when it is not laid out. */
function textBox(el: Element): DOMRect | null {
  const doc = el.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.selectNodeContents(el);
  const rect = range.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0 ? rect : null;
}

const SCALE_ZERO = /scale[xy3d]*\(\s*0(?:\.0+)?\s*[,)]/;
const OFF_PAGE = /-\d{4,}(?:\.\d+)?px/;

const shownVerdict = (verdict: LayoutVerdict) => verdict === true || verdict === KEEPS_BREAKS || verdict === KEEPS_SPACES;

/** Text between two values that a kept white space shows as a gap: a line break, or two spaces at least. */
const WHITE_RUN = / {2}|\n/;

/** Whether one of the first text nodes of `el`'s own has a run of white space between two values: the only elements whiteSpaceKept asks the style of. */
export function mayKeepWhiteSpace(el: Element): boolean {
  for (let n = el.firstChild, k = 0; n && k < 20; n = n.nextSibling, k++) if (n.nodeType === 3 && hasWhiteRun(n.nodeValue ?? '')) return true;
  return false;
}

/**
 * Whether `text` has a run of white space between two values, which only a style that keeps white space shows as a
 * gap. Searched forward only, in the first few thousand characters: a page's one huge text costs no more than those.
 */
export function hasWhiteRun(whole: string): boolean {
  const text = whole.slice(0, 4000);
  const first = text.search(/\S/);
  const run = first < 0 ? -1 : text.slice(first).search(WHITE_RUN);
  return run > 0 && /\S/.test(text.slice(first + run));
}

/** `squeezeShown`: the inline styles that squeeze or clip an element away do not count (isMuted judges those). */
function selfHidden(el: Element, squeezeShown = false): boolean {
  const tag = tagOf(el);
  if (NEVER_RENDERED.has(tag)) return true;
  // A closed <details> shows its summary alone (a bundle viewer's collapsed entries, a FAQ's answers).
  const parent = el.parentElement;
  if (parent && tagOf(parent) === 'DETAILS' && !parent.hasAttribute('open') && (tag !== 'SUMMARY' || parent.querySelector(':scope > summary') !== el)) return true;
  // Everything below reads an attribute, and most elements carry none: one call instead of four or five.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (tag === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
  // What an inline style says is true in every engine, layout or not (and most elements have none).
  if (!el.hasAttribute('style')) return false;
  const style = (el as VisibilityElement).style;
  if (!style) return false;
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (style.contentVisibility === 'hidden') return true;
  if (style.opacity !== '' && parseFloat(style.opacity) === 0 && style.display !== 'contents') return true;
  if (style.fontSize !== '' && parseFloat(style.fontSize) === 0) return true;
  if (transparent(style.color)) return true;
  if (SCALE_ZERO.test(style.transform) || style.scale === '0') return true;
  if (squeezeShown) return false;
  // Some engines drop the deprecated `clip` from the style object: read the attribute as written too.
  if (/(?:^|;)\s*clip\s*:\s*rect\(\s*0/.test(el.getAttribute('style') ?? '') || /rect\(\s*0/.test(style.clip ?? '') || /inset\(\s*50%|circle\(\s*0/.test(style.clipPath ?? '')) return true;
  if ((style.position === 'absolute' || style.position === 'fixed') && (OFF_PAGE.test(style.left) || OFF_PAGE.test(style.top))) return true;
  if (OFF_PAGE.test(style.textIndent)) return true;
  if ((parseFloat(style.width) === 0 || parseFloat(style.height) === 0) && style.overflow === 'hidden') return true;
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
  const tag = tagOf(el);
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
