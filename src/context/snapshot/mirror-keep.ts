import { tagOf } from '../tag';
import { XHTML_NS } from './types';
import { CLOSE, OPEN_HTML, OPEN_NS, OPEN_SHADOW, type Delta, type MirrorPart, type Values, type Wire } from './mirror-wire';

class Broken extends Error {}

/**
 * A frame's page kept in the reading page (docs/reader-split.md): built from the wire with
 * createElementNS and friends only (no HTML is parsed), in a document without a window, so nothing in
 * it runs or is fetched, and kept up to date by the frame's deltas. Any message that does not fit
 * (an unknown id, a message missed) throws: the frame is then asked for the page whole.
 */
export class Mirror {
  readonly doc: Document;
  readonly gen: number;
  seq = 0;
  readonly truncated: boolean;
  readonly #nodes = new Map<number, Node>();
  readonly #ids = new WeakMap<Node, number>();

  constructor(part: MirrorPart, impl: DOMImplementation) {
    const whole = part.whole;
    if (!whole) throw new Broken();
    this.gen = part.gen;
    this.truncated = whole.truncated || !whole.root;
    const type = whole.contentType;
    // The namespace given decides the content type alone (XHTML's, else application/xml), which the rules test.
    this.doc = /xml/.test(type) ? impl.createDocument(/html/.test(type) ? XHTML_NS : null, null, null) : impl.createHTMLDocument('');
    if (this.doc.documentElement) this.doc.removeChild(this.doc.documentElement);
    // Built in place, top down: each node joins a connected tree as it is made (a DOM may walk what it connects).
    if (whole.root && !whole.truncated) this.#build(whole.root[0], whole.root[1], true, this.doc);
  }

  /** The id the frame gave `node`, if it is one of the page's. */
  idOf(node: Node): number | undefined {
    return this.#ids.get(node);
  }

  /** Applies one message's deltas and values, in order (the frame made them in that order). */
  apply(part: MirrorPart): void {
    const removed: Node[] = [];
    for (const delta of part.deltas ?? []) this.#delta(delta, removed);
    // Ids of what left the page go (a node moved elsewhere was sent anew, under new ids).
    for (const node of removed) if (!node.isConnected) this.#forget(node);
    if (part.values) this.#values(part.values);
  }

  #node(id: unknown): Node {
    const node = typeof id === 'number' ? this.#nodes.get(id) : undefined;
    if (!node) throw new Broken();
    return node;
  }

  #delta(delta: Delta, removed: Node[]): void {
    const [kind, id] = delta;
    const target = this.#node(id);
    if (kind === 'd') {
      removed.push(target);
      (target as ChildNode).remove();
    } else if (kind === 'i') {
      const after = delta[2] ? this.#node(delta[2]) : null;
      if (after && after.parentNode !== target) throw new Broken();
      const kids = this.doc.createDocumentFragment();
      for (const [at, wire] of delta[3]) this.#build(at, wire, true, kids);
      target.insertBefore(kids, after ? after.nextSibling : target.firstChild);
    } else if (kind === 'a') {
      const el = target as Element;
      for (const name of el.getAttributeNames()) el.removeAttribute(name);
      setAttributes(el, delta[2]);
    } else if (kind === 't') {
      if (target.nodeType !== 3 && target.nodeType !== 4) throw new Broken();
      target.nodeValue = delta[2];
    } else if (kind === 's') {
      const host = target as Element;
      let root: ShadowRoot | DocumentFragment;
      try {
        root = host.attachShadow({ mode: 'open' });
      } catch {
        root = this.doc.createDocumentFragment();
      }
      this.#number(root, delta[2]);
      root.append(...this.#build(delta[2] + 1, delta[3], false));
    } else if (kind === 'r') {
      const fresh = this.#build(delta[2], delta[3], true)[0] as Node;
      removed.push(target);
      (target.parentNode ?? throwBroken()).replaceChild(fresh, target);
    } else throw new Broken();
  }

  #number(node: Node, id: number): void {
    this.#nodes.set(id, node);
    this.#ids.set(node, id);
  }

  #forget(node: Node): void {
    const stack: Node[] = [node];
    while (stack.length) {
      const n = stack.pop() as Node;
      const id = this.#ids.get(n);
      if (id === undefined || this.#nodes.get(id) !== n) continue;
      this.#nodes.delete(id);
      for (let k = n.firstChild; k; k = k.nextSibling) stack.push(k);
      const shadow = (n as Element).shadowRoot;
      if (shadow) stack.push(shadow);
    }
  }

  /** The nodes a wire describes (one when `single`, else a list), numbered from `at`; appended to `into` as made, if given. */
  #build(at: number, wire: Wire, single: boolean, into?: Node): Node[] {
    if (!Array.isArray(wire)) throw new Broken();
    const doc = this.doc;
    const top: Node[] = [];
    // The nodes being filled: an element, or its shadow root above it.
    const stack: Node[] = [];
    let id = at;
    let i = 0;
    const take = (): string | number => {
      if (i >= wire.length) throw new Broken();
      return wire[i++] as string | number;
    };
    const str = (): string => {
      const v = take();
      if (typeof v !== 'string') throw new Broken();
      return v;
    };
    const put = (node: Node) => {
      const parent = stack[stack.length - 1];
      if (parent) parent.appendChild(node);
      else {
        top.push(node);
        into?.appendChild(node);
      }
    };
    while (i < wire.length) {
      const v = take();
      if (typeof v === 'string') {
        const text = doc.createTextNode(v);
        this.#number(text, id++);
        put(text);
      } else if (v === OPEN_HTML || v === OPEN_NS) {
        const ns = v === OPEN_HTML ? XHTML_NS : str() || null;
        const name = str();
        let el: Element;
        try {
          el = doc.createElementNS(ns, name);
        } catch {
          // A name the page's parser took and the DOM API refuses (`<a@b>`): an unknown element all the same.
          el = doc.createElementNS(ns, 'unknown');
        }
        const n = take();
        if (typeof n !== 'number' || n < 0 || !Number.isInteger(n)) throw new Broken();
        const attrs: string[] = [];
        for (let k = 0; k < n * 2; k++) attrs.push(str());
        setAttributes(el, attrs);
        this.#number(el, id++);
        put(el);
        stack.push(el);
      } else if (v === OPEN_SHADOW) {
        const host = stack[stack.length - 1] as Element | undefined;
        if (!host || host.nodeType !== 1) throw new Broken();
        let root: Node;
        try {
          root = host.attachShadow({ mode: 'open' });
        } catch {
          // An element that cannot host a shadow root here could not have hosted one on the page.
          root = doc.createDocumentFragment();
        }
        this.#number(root, id++);
        stack.push(root);
      } else if (v === CLOSE) {
        // A shadow root's list closes, then (at the next) its host's.
        if (!stack.pop()) throw new Broken();
      } else throw new Broken();
      if (single && top.length && !stack.length) break;
    }
    if (stack.length || (single && top.length !== 1)) throw new Broken();
    return top;
  }

  /** Form state: unchosen options first, so a single select keeps the chosen one. */
  #values(values: Values): void {
    if (values.length % 3) throw new Broken();
    for (const pass of [0, 1]) {
      for (let i = 0; i < values.length; i += 3) {
        const el = this.#node(values[i]) as Element;
        const value = values[i + 1];
        const flag = values[i + 2] === 1;
        const tag = tagOf(el);
        if (tag === 'OPTION') {
          if (flag === (pass === 1)) (el as HTMLOptionElement).selected = flag;
        } else if (pass === 1 && tag === 'INPUT') {
          if (typeof value === 'string') (el as HTMLInputElement).value = value;
          (el as HTMLInputElement).checked = flag;
        } else if (pass === 1 && tag === 'TEXTAREA' && typeof value === 'string') (el as HTMLTextAreaElement).value = value;
      }
    }
  }
}

function throwBroken(): never {
  throw new Broken();
}

function setAttributes(el: Element, attrs: string[]): void {
  for (let i = 0; i + 1 < attrs.length; i += 2) {
    const name = attrs[i] as string;
    const space = name.indexOf(' ');
    try {
      if (space > 0) el.setAttributeNS(name.slice(0, space), name.slice(space + 1), attrs[i + 1] as string);
      else el.setAttribute(name, attrs[i + 1] as string);
    } catch {
      // A name the page's parser allowed and the DOM API does not: the rules never read such names.
    }
  }
}
