import { VisibilityChecker } from '../dom';
import { Slicer, type SliceOptions } from '../slicer';
import { tagOf } from '../tag';
import { MAX_SCRIPT_CHARS } from '../generic/structured-check';
import { MAX_SHADOW_DEPTH, MAX_SNAPSHOT_ELEMENTS, MAX_SNAPSHOT_TEXT, XHTML_NS, type SnapElement, type SnapNode, type Snapshot } from './types';

/** Never laid out (hidden by their tag in any document): their text is kept only where a rule reads it. */
const NEVER_SHOWN = new Set(['HEAD', 'TITLE', 'META', 'LINK', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const KEEP_TEXT = new Set(['TITLE', 'SCRIPT']);
const DRAWN_BY_PARENT = new Set(['OPTION', 'OPTGROUP']);
const CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'IMG']);
const SHOWN_NS = new Set([XHTML_NS, 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']);
/** Chromium's XML viewer keeps the raw document here, hidden, for extensions (cda-raw.ts reads it). */
const XML_SOURCE = 'webkit-xml-viewer-source-xml';

/** How an element is judged: seen, hidden, or data no one lays out (raw XML), copied whole. */
type Judged = 'shown' | 'hidden' | 'unjudged';

interface Frame {
  /** The next child to take (siblings are followed one by one: no node list is made per element). */
  next: ChildNode | null;
  out: SnapNode[];
  /** The element these are the children (or shadow children) of; null for the document. */
  owner: SnapElement | null;
  judged: Judged;
  /** A descendant a person sees was emitted: an element hidden only itself keeps it, unmarked. */
  shows: boolean;
  /** A descendant a rule reads whatever its visibility (a script's text) was emitted. */
  keeps: boolean;
  shadowDepth: number;
  /** The element's open shadow root, walked after its children. */
  shadow: ShadowRoot | null;
  inShadow: boolean;
  parent?: Frame;
}

export interface SnapshotOptions extends SliceOptions {
  /** Caps (types.ts), lowered by tests. */
  maxElements?: number;
  maxText?: number;
}

class Truncated extends Error {}

/**
 * What a person sees of `doc`, in document order, for the rules to read elsewhere (docs/reader-split.md).
 * Every element keeps its place; one the checker calls hidden keeps its tag and attributes, is marked
 * `hidden` and loses its text, so a rebuilt document's markup-only check calls it hidden too. Time
 * sliced like the reader; never throws.
 */
export async function takeSnapshot(doc: Document, options: SnapshotOptions = {}): Promise<Snapshot> {
  const maxElements = options.maxElements ?? MAX_SNAPSHOT_ELEMENTS;
  const maxText = options.maxText ?? MAX_SNAPSHOT_TEXT;
  const slicer = new Slicer(options);
  const vis = new VisibilityChecker(doc);
  const html = !/xml/.test(doc.contentType);
  const snapshot: Snapshot = { contentType: doc.contentType, truncated: false };
  let elements = 0;
  let chars = 0;
  const count = (text: string) => {
    if ((chars += text.length) > maxText) throw new Truncated();
    return text;
  };

  const judge = (el: Element, tag: string, parent: Judged): Judged => {
    if (parent === 'unjudged' || (!html && (!SHOWN_NS.has(el.namespaceURI ?? '') || el.id === XML_SOURCE))) return 'unjudged';
    // Hidden by their tag in the rebuilt document as here.
    if (NEVER_SHOWN.has(tag)) return 'shown';
    if (parent === 'hidden' && !vis.isShownByMarkup(el)) return 'hidden';
    // A select draws its options itself: they have no boxes of their own to judge.
    if (DRAWN_BY_PARENT.has(tag) && parent === 'shown') return vis.isShownByMarkup(el) ? 'shown' : 'hidden';
    // Boxes, clips and fonts are judged where text or a value is shown: an element with neither shows
    // nothing of its own, and its rendering alone (display, visibility, opacity) decides for it.
    const text = ownText(el);
    if (!CONTROLS.has(tag) && !text && rendered(el)) return 'shown';
    return vis.isVisible(el, text) ? 'shown' : 'hidden';
  };

  const element = (el: Element, tag: string, judged: Judged): SnapElement => {
    const out: SnapElement = { tag: qualifiedName(el) };
    if (el.namespaceURI !== XHTML_NS) out.ns = el.namespaceURI ?? '';
    const password = tag === 'INPUT' && (el as HTMLInputElement).type === 'password';
    // Most elements carry no attribute: no list is made for them.
    if (el.hasAttributes()) {
      const attrs: string[] = [];
      for (const a of el.attributes) {
        // Handlers never run in the rebuilt document; a password is no one's identity.
        if ((!a.namespaceURI && HANDLER.test(a.name)) || (password && a.name === 'value')) continue;
        attrs.push(count(a.namespaceURI ? `${a.namespaceURI} ${a.name}` : a.name), count(a.value));
      }
      if (attrs.length) out.attrs = attrs;
    }
    if (judged === 'hidden') return out;
    if (tag === 'INPUT' && !password) {
      const input = el as HTMLInputElement;
      if (input.type !== 'file') out.value = count(input.value);
      if (input.checked) out.checked = true;
    } else if (tag === 'TEXTAREA') out.value = count((el as HTMLTextAreaElement).value);
    else if (tag === 'OPTION' && (el as HTMLOptionElement).selected) out.selected = true;
    return out;
  };

  /** A script's text, which the structured reader reads wherever the script is. */
  const script = (el: Element): SnapElement => {
    const out = element(el, 'SCRIPT', 'shown');
    // A script past the structured reader's limit is skipped there: one more character keeps it skipped.
    if (!el.hasAttribute('src')) out.kids = [count((el.textContent ?? '').slice(0, MAX_SCRIPT_CHARS + 1))];
    return out;
  };

  try {
    const top: Frame = { next: doc.firstChild, out: [], owner: null, judged: 'shown', shows: false, keeps: false, shadowDepth: 0, shadow: null, inShadow: false };
    let frame: Frame | undefined = top;
    let steps = 0;
    while (frame) {
      // The clock is read every 16 nodes, not at each (a read costs as much as taking a small node).
      if ((++steps & 15) === 0 && slicer.due()) await slicer.pause();
      const node = frame.next;
      if (node) frame.next = node.nextSibling;
      else {
        frame = close(frame);
        continue;
      }
      if (node.nodeType === 3 || node.nodeType === 4) {
        if (frame.judged !== 'hidden') frame.out.push(count(node.nodeValue ?? ''));
        continue;
      }
      if (node.nodeType !== 1) continue;
      if (++elements > maxElements) throw new Truncated();
      const el = node as Element;
      const tag = tagOf(el);
      const judged = judge(el, tag, frame.judged);
      if (judged !== 'unjudged' && tag === 'SCRIPT') {
        frame.out.push(script(el));
        frame.keeps = true;
        continue;
      }
      const out = element(el, tag, judged);
      frame.out.push(out);
      if (judged !== 'unjudged' && NEVER_SHOWN.has(tag) && !KEEP_TEXT.has(tag) && tag !== 'HEAD') continue;
      if (judged !== 'hidden') frame.shows = true;
      // Under an element hidden by markup, or not laid out at all, nothing can show: only scripts are kept.
      if (judged === 'hidden' && (!vis.isShownByMarkup(el) || !rendersBelow(el))) {
        hide(out);
        const scripts = Array.from(el.getElementsByTagName('script'), script);
        if (scripts.length) (out.kids = scripts), (frame.keeps = true);
        continue;
      }
      const shadow = frame.shadowDepth < MAX_SHADOW_DEPTH ? ((el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null) : null;
      if (!el.firstChild && !shadow) {
        if (judged === 'hidden') hide(out);
        continue;
      }
      frame = { next: el.firstChild, out: [], owner: out, judged, shows: false, keeps: false, shadowDepth: frame.shadowDepth, shadow, inShadow: false, parent: frame };
    }
    snapshot.root = top.out.find((n): n is SnapElement => typeof n !== 'string');
  } catch {
    // A cap, or a page throwing from a getter: what is left may lack a second person.
    snapshot.truncated = true;
  } finally {
    slicer.finish();
  }
  return snapshot;
}

/** Ends a frame: its children go to their element, then its shadow root's children are walked. */
function close(frame: Frame): Frame | undefined {
  const { owner, parent } = frame;
  if (!owner || !parent) return undefined;
  if (frame.out.length) {
    if (frame.inShadow) owner.shadow = frame.out;
    else owner.kids = frame.out;
  }
  if (frame.shadow && !frame.inShadow) return { ...frame, next: frame.shadow.firstChild, out: [], shadowDepth: frame.shadowDepth + 1, inShadow: true };
  if (frame.judged === 'hidden' && !frame.shows) {
    // Hidden, and nothing below it shows: marked hidden, it keeps its place (and any script's text).
    hide(owner);
    if (!frame.keeps) {
      delete owner.kids;
      delete owner.shadow;
    }
  }
  if (frame.shows) parent.shows = true;
  if (frame.keeps) parent.keeps = true;
  return parent;
}

function hide(out: SnapElement): void {
  const attrs = (out.attrs ??= []);
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'hidden') return;
  attrs.push('hidden', '');
}

/** Whether anything under a hidden element may still be laid out: not under display: none. */
function rendersBelow(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (!view || typeof check !== 'function') return true;
  return check.call(el) || view.getComputedStyle(el).display === 'contents';
}

/** Whether the engine renders `el` (checkVisibility: display, visibility, opacity); false where it cannot tell. */
function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  return typeof check === 'function' && !!el.ownerDocument.defaultView && check.call(el, { opacityProperty: true, visibilityProperty: true });
}

/** Whether the element holds text of its own, not only in descendants. */
function ownText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && NOT_BLANK.test(n.nodeValue ?? '')) return true;
  return false;
}

const NOT_BLANK = /\S/;
/** An event-handler attribute (on…, any case). */
const HANDLER = /^on/i;

function qualifiedName(el: Element): string {
  return el.prefix ? `${el.prefix}:${el.localName}` : el.localName;
}
