/**
 * Text helpers shared by every reader. Hostile pages can hide characters in labels (zero-width
 * joiners, bidi overrides) or put megabytes in one node, so all text goes through here.
 */
import { tagOf } from '../tag';

// Zero-width, bidi control, soft hyphen and BOM characters: invisible, but they break label matching.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// What cleanText changes: most texts have none of it and are returned as they are, with no copy made.
const UNCLEAN = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[^\S ]|  |^ | $/;

/** Removes invisible characters and collapses whitespace (including NBSP). */
export function cleanText(s: string): string {
  if (!UNCLEAN.test(s)) return s;
  return s.replace(INVISIBLE, '').replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Longest text we ever read from one element: values are short, anything longer is not a value. */
export const MAX_VALUE_CHARS = 200;

/** Elements that flow inside a line of text: no word break around them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/**
 * The first `max` characters of `node`'s text content, as `textContent.slice(0, max)` gives them, without building
 * the whole text: a hostile page's body holds megabytes (a 10 MB paragraph made that one call a 70 ms task).
 */
export function openingText(node: Node, max: number): string {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 /* SHOW_TEXT */);
  let out = '';
  for (let t = walker.nextNode(); t && out.length < max; t = walker.nextNode()) out += (t.nodeValue ?? '').slice(0, max - out.length);
  return out;
}

/**
 * The text of `node`, or null when it is longer than `max` characters or spans more than
 * `maxNodes` nodes. Walks text nodes itself and stops early, so a huge subtree costs no more than
 * `max` characters of work plus the nodes visited.
 */

export function shortText(node: Node, max = MAX_VALUE_CHARS, maxNodes = 400, shown?: (el: Element) => boolean): string | null {
  // Most elements on a page hold one text node: read it straight away (unless the element is to be judged, or is a
  // slot: its own text is the fallback, shown only when nothing is assigned to it).
  const only = node.firstChild;
  if (only && only === node.lastChild && only.nodeType === 3 && !(node as Element).shadowRoot && (node as Element).localName !== 'slot' && !shown) {
    const raw = only.nodeValue ?? '';
    if (raw.length > max * 4) return null;
    const text = cleanText(raw);
    return text.length > max ? null : text;
  }
  let out = '';
  let visited = 0;
  // null entries stand for a word break after an element, so "<dt>MRN</dt><dd>1</dd>" never reads "MRN1".
  const stack: (Node | null)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null || n === undefined) {
      out += ' ';
      continue;
    }
    if (++visited > maxNodes) return null;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      if (out.length > max * 4) return null;
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) continue;
    const tag = n.nodeType === 1 ? tagOf(n as Element) : '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
    // A line break breaks the words however a browser sizes it (Chromium gives it no box, so `shown` says no).
    if (tag === 'BR') {
      out += ' ';
      continue;
    }
    // What `shown` says the user cannot see (the element or a part of it) is not part of its text. A slot has
    // no box of its own: what is assigned to it is judged instead.
    if (shown && tag && tag !== 'SLOT' && !shown(n as Element)) continue;
    if (n !== node && !INLINE_TAGS.has(tag)) stack.push(null);
    const kids = renderedChildren(n as Element);
    // Every node pushed is visited unless the text overflows first: either way past the budget is null.
    if (kids.length > maxNodes - visited) return null;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  const text = cleanText(out);
  return text.length > max ? null : text;
}

/** What an element renders: its open shadow tree, a slot's assigned nodes, else its children. */
function renderedChildren(el: Element): ArrayLike<Node> {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return shadow.childNodes;
  if (tagOf(el) === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.();
    if (assigned && assigned.length > 0) return assigned;
  }
  return el.childNodes;
}

/** The text before an element's first line break. */
export function firstLine(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && tagOf(n as Element) === 'BR') break;
    text += n.nodeType === 3 ? n.nodeValue ?? '' : shortText(n, 80) ?? '';
  }
  return cleanText(text);
}
