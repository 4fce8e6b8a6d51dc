import { MUTED, VisibilityChecker, type LayoutVerdict } from '../dom';
import { Slicer, type SliceOptions } from '../slicer';
import { MAX_SCRIPT_CHARS } from '../generic/structured-check';
import { MAX_SHADOW_DEPTH, MAX_SNAPSHOT_ELEMENTS, MAX_SNAPSHOT_TEXT, XHTML_NS } from './types';
import { CLOSE, OPEN_HTML, OPEN_NS, OPEN_SHADOW, type Delta, type MirrorPart, type Subtree, type Values, type VerdictList, type Wire } from './mirror-wire';

/** Elements whose children no rule reads (a style sheet's text, a template, a noscript's markup as text); by local name. */
const OPAQUE = new Set(['style', 'noscript', 'template', 'meta', 'link']);
const CONTROLS = new Set(['input', 'textarea', 'option']);
const HANDLER = /^on/i;
/** Elements that may get a shadow root (DOM's valid shadow host names, and custom elements): one attached late fires no mutation. */
const HOSTABLE = /-|^(article|aside|blockquote|body|div|footer|h[1-6]|header|main|nav|p|section|span)$/;
/** Verdicts answered up front at most, each read (the rules ask about a few hundred elements at most on a chart). */
const MAX_KEPT_ASKS = 4096;
/**
 * Reads in a row that nothing told of a change before (a quiet read) which take the last read's "not seen" verdicts
 * as they were and look at no bare host; the one after them looks at everything again (the bound for something that
 * appears with nothing telling of it). What was seen is judged again every read.
 */
export const QUIET_READS = 3;
/**
 * Events after which what a person sees may differ with no mutation: scrolled, resized, focus or hover moved (styles
 * by pseudo-class), a popover or details toggled, an image or a frame loaded, a transition or animation begun, the
 * URL's fragment (:target) or full screen changed. Heard on the window, the document and every shadow root (some do not
 * leave it).
 */
const CHANGE_EVENTS = ['scroll', 'resize', 'focusin', 'focusout', 'pointerover', 'pointerout', 'toggle', 'load', 'transitionrun', 'animationstart', 'hashchange', 'fullscreenchange'];

export interface MirrorOptions extends SliceOptions {
  /** Caps (types.ts), lowered by tests. */
  maxElements?: number;
  maxText?: number;
}

class Truncated extends Error {}

/** A subtree taken out that held elements the reading page asked about: its tag, and theirs with their places in it. */
type Heir = [string, [number, string][]];

type Host = Element & { shadowRoot?: ShadowRoot | null };
/** A node's id rides on the content script's own view of it (an isolated world's: the page never sees it). */
type Numbered = Node & { [ID]?: number };
const ID = Symbol('mirror id');

/**
 * The frame's half of the mirror (docs/reader-split.md): the page sent whole once, without any
 * visibility verdict, then only what MutationObserver records say changed, by ids this side gives;
 * form values each read (typing fires no mutation); and the layout verdicts the reading page asks for,
 * from a checker made fresh for each read (today's VisibilityChecker on the live page).
 */
export class MirrorSender {
  readonly #doc: Document;
  /** Node by id, from `#base` (the first id of the page whole now mirrored). */
  #nodes: (Node | undefined)[] = [];
  #base = 1;
  #next = 1;
  readonly #observer: MutationObserver;
  /** Roots the observer watches now: emptied with every disconnect, which ends them all. */
  #observed = new WeakSet<Node>();
  /** Parents whose child list changed, each with the nodes records say were put in it. */
  readonly #dirtyKids = new Map<Node, Node[]>();
  readonly #dirtyAttrs = new Set<Element>();
  readonly #dirtyText = new Set<Node>();
  /** Nodes put in or taken out of a list: where the mirror has one, it leaves the mirror and goes anew where it is now. */
  readonly #moved = new Set<Node>();
  readonly #controls = new Set<Element>();
  /**
   * Custom elements with no shadow root yet, looked at on every read after a change: an upgrade (the element defined
   * after it was put in) attaches one with no mutation to tell.
   */
  readonly #bare = new Set<Element>();
  /**
   * Built-in elements that may host a shadow root and have none yet: only a page's script attaches one, with no
   * mutation to tell. Looked at after an event (below) and at least every QUIET_READS + 1 reads, not after every
   * mutation: on a chart they are thousands (the bench chart's 3,709 reads were ~0.06× innerText of a read after a
   * switch), and a root put in with its host is read with it.
   */
  readonly #plain = new Set<Element>();
  readonly #sent = new Map<number, string>();
  readonly #options: MirrorOptions;
  readonly #name = Math.random().toString(36).slice(2);
  #whole = true;
  #stopped = false;
  #gen = 0;
  #seq = 0;
  #elements = 0;
  #chars = 0;
  /** Elements the last read asked about: answered up front in the next read's first message. */
  #lastAsked: number[] = [];
  #vis: VisibilityChecker | null = null;
  /** The live page's computed styles the checkers read, kept across reads (live objects: never stale). */
  readonly #styles = new WeakMap<Element, CSSStyleDeclaration>();
  /**
   * Verdicts given since the last read that was not quiet, by id: a quiet read's are these, but for what was seen
   * (null: judged again, by layout alone, since no mutation came to change its markup).
   */
  readonly #verdicts = new Map<number, LayoutVerdict | null>();
  /** Something told of a change since the last read began (a mutation, a form value, an event above). */
  #changed = true;
  #quiet = 0;
  /** Reads since the built-in hosts were last looked at; an event above makes the next read look. */
  #unscanned = 0;
  #events = new AbortController();
  /** A read's first message not sent (the read was dropped): its changes go with the next one. */
  #unsent: MirrorPart | null = null;

  constructor(doc: Document, options: MirrorOptions = {}) {
    this.#doc = doc;
    this.#options = options;
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
    this.#observer = new Observer((records) => this.#note(records));
  }

  #listen(target: EventTarget): void {
    for (const type of CHANGE_EVENTS) target.addEventListener(type, () => {
      this.#changed = true;
      this.#unscanned = QUIET_READS;
    }, { capture: true, passive: true, signal: this.#events.signal });
  }

  /** Forget what the reading page holds: the next read sends the page whole. */
  reset(): void {
    this.#whole = true;
    this.#unsent = null;
  }

  /** This frame's reader was replaced or ended: a read still in its rounds sends nothing more. */
  get stopped(): boolean {
    return this.#stopped;
  }

  stop(): void {
    this.#stopped = true;
    this.#unobserve();
  }

  #unobserve(): void {
    this.#observer.disconnect();
    this.#observed = new WeakSet();
    this.#events.abort();
    this.#events = new AbortController();
  }

  /** The first message of a read: the page whole or what changed, form values, and verdicts the last read needed. */
  async begin(options: SliceOptions = {}): Promise<MirrorPart> {
    // A stopped sender would watch the page again, for nobody, for as long as the page lives.
    if (this.#stopped) throw new Error('reader stopped');
    const carried = this.#unsent;
    // A page whole that was never sent is taken anew (it would have to go first); ids are never
    // reused, so a page that churns for long is taken whole again now and then.
    if (carried?.whole || this.#nodes.length > 2 * (this.#options.maxElements ?? MAX_SNAPSHOT_ELEMENTS)) this.#whole = true;
    this.#note(this.#observer.takeRecords());
    this.#vis = null;
    // A quiet read trusts that nothing changed unseen; every few reads one looks again.
    const quiet = !this.#changed && !this.#whole && this.#quiet < QUIET_READS;
    this.#quiet = quiet ? this.#quiet + 1 : 0;
    const scan = this.#unscanned++ >= QUIET_READS && !quiet;
    this.#changed = false;
    const slicer = new Slicer({ ...this.#options, ...options });
    const part: MirrorPart = { doc: this.#name, gen: this.#gen, seq: 0, round: 0 };
    if (!this.#whole) {
      try {
        // A quiet read has nothing to send: no record came, and it looks at no bare host.
        const deltas = quiet ? [] : await this.#deltas(slicer, scan);
        if (deltas.length) part.deltas = deltas;
      } catch {
        this.#whole = true;
      }
    }
    if (this.#whole) {
      this.#lastAsked = [];
      part.whole = await this.#wholePage(slicer);
      this.#note(this.#observer.takeRecords());
      // What changed while the page was taken in slices goes with it.
      const deltas = part.whole.root ? await this.#deltas(slicer, true).catch(() => null) : [];
      if (deltas === null) {
        part.whole = { contentType: this.#doc.contentType, truncated: true };
        this.#whole = true;
      } else if (deltas.length) part.deltas = deltas;
      part.gen = this.#gen;
    }
    if (carried && !part.whole) {
      part.deltas = [...(carried.deltas ?? []), ...(part.deltas ?? [])];
      if (carried.values) part.values = carried.values;
    }
    const values = this.#values();
    if (values.length) part.values = [...(part.values ?? []), ...values];
    // An animation restyles as it runs and when it ends, with no mutation: the next read is no quiet one either.
    if (this.#doc.getAnimations?.().length) this.#changed = true;
    // A form's state restyles too (:checked).
    if (!quiet || values.length || this.#changed) this.#verdicts.clear();
    // What the last read saw is judged again even so: a change nothing tells of (a style sheet edited through the
    // CSSOM) may hide the client shown, and a quiet read must never read what went; it may only be late, by at most
    // QUIET_READS reads, to see what came. Such a change is one of style or layout: its markup passed and stays.
    else for (const [id, verdict] of this.#verdicts) if (verdict === true) this.#verdicts.set(id, null);
    this.#lastAsked = this.#lastAsked.filter((id) => this.#nodes[id - this.#base]?.isConnected);
    Object.assign(part, this.verdicts(this.#lastAsked));
    part.seq = carried && !part.whole ? carried.seq : ++this.#seq;
    this.#unsent = part;
    // A page whole is sent in the task that gets it: its JSON text (~3 ms a MB warm) runs in a task of its own, never
    // on top of a slice spent (slicing.e2e.ts: a slice and a 0.9 MB message's JSON were one task, 54 ms at load).
    if (part.whole) await slicer.pause();
    return part;
  }

  /** The read's first message leaves now (a dropped read's changes go with the next read's otherwise). */
  sent(): void {
    this.#unsent = null;
  }

  /**
   * The read's first message stays home: it would change nothing the reading page holds (frame-read.ts). Its place in
   * the order is not spent: the next message still follows the last one sent.
   */
  withhold(part: MirrorPart): void {
    if (this.#unsent === part) this.#unsent = null;
    if (this.#seq === part.seq) this.#seq--;
  }

  /** A later round of the same read: the verdicts asked for (the live checker's, made for this read). */
  answer(ask: readonly number[], round: number): MirrorPart {
    // Kept while their elements stay, and only the latest few thousand (a page that churns asks about new ones).
    this.#lastAsked = [...new Set([...this.#lastAsked, ...ask])].slice(-MAX_KEPT_ASKS);
    return { doc: this.#name, gen: this.#gen, seq: ++this.#seq, round, ...this.verdicts(ask) };
  }

  /**
   * Verdicts of the live checker for the elements `ids` name. One no longer in the page (it left while
   * the read was in flight) is not seen, as a live read would not see it; the change queued a re-read.
   */
  verdicts(ids: readonly number[]): Pick<MirrorPart, VerdictList> {
    // A verdict other than shown or not names its own list ('muted', 'breaks', 'spaces'), sent only when it has ids.
    const lists: Partial<Record<VerdictList, number[]>> = { seen: [], unseen: [] };
    for (const id of ids) {
      let verdict = this.#verdicts.get(id);
      if (verdict == null) {
        const node = this.#nodes[id - this.#base] as Element | undefined;
        const vis = node?.nodeType === 1 && node.isConnected && (this.#vis ??= new VisibilityChecker(this.#doc, this.#styles));
        verdict = !!vis && ((verdict === null ? vis.isRendered(node) : vis.isVisible(node)) || (vis.isMuted(node) && MUTED));
        const kept = verdict === true && vis ? vis.whiteSpaceKept(node as Element) : 'none';
        if (kept !== 'none') verdict = kept;
        this.#verdicts.set(id, verdict);
      }
      (lists[verdict === true ? 'seen' : verdict || 'unseen'] ??= []).push(id);
    }
    return lists;
  }



  /** The id of a node the mirror holds now, if it is one. */
  #known(node: Node): number | undefined {
    const id = (node as Numbered)[ID];
    return id !== undefined && this.#nodes[id - this.#base] === node ? id : undefined;
  }

  #note(records: MutationRecord[]): void {
    for (const r of records) {
      this.#changed = true;
      if (r.type === 'childList') {
        let added = this.#dirtyKids.get(r.target);
        if (!added) this.#dirtyKids.set(r.target, (added = []));
        for (const n of r.addedNodes) {
          this.#moved.add(n);
          added.push(n);
        }
        for (const n of r.removedNodes) this.#moved.add(n);
      } else if (r.type === 'attributes') this.#dirtyAttrs.add(r.target as Element);
      else this.#dirtyText.add(r.target);
    }
  }

  #observe(root: Node): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    this.#observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    this.#listen(root);
    // The window hears what the document does not (resize, hashchange); a load event never reaches the window.
    if (root === this.#doc && this.#doc.defaultView) this.#listen(this.#doc.defaultView);
  }

  async #wholePage(slicer: Slicer): Promise<MirrorPart['whole'] & object> {
    this.#unobserve();
    this.#nodes = [];
    this.#base = this.#next;
    for (const set of [this.#controls, this.#bare, this.#plain, this.#sent, this.#verdicts, this.#dirtyKids, this.#dirtyAttrs, this.#dirtyText, this.#moved]) set.clear();
    this.#elements = 0;
    this.#chars = 0;
    this.#gen++;
    this.#seq = 0;
    this.#whole = false;
    const contentType = this.#doc.contentType;
    // Observed before the walk: what changes while it pauses between slices is recorded.
    this.#observe(this.#doc);
    const root = this.#doc.documentElement;
    if (!root) return { contentType, truncated: false };
    try {
      return { contentType, truncated: false, root: await this.#subtree(root, 0, slicer) };
    } catch (error) {
      // A cap reached: read as no client, and taken whole again next time (the page may have shrunk).
      this.#whole = true;
      if (error instanceof Truncated) return { contentType, truncated: true };
      throw error;
    }
  }

  async #deltas(slicer: Slicer, scan: boolean): Promise<Delta[]> {
    if (scan) this.#unscanned = 0;
    const deltas: Delta[] = [];
    // Nodes numbered from here on were sent whole by this message.
    const fresh = this.#next;
    const isFresh = (node: Node) => (this.#known(node) ?? 0) >= fresh;
    const kids = [...this.#dirtyKids];
    const attrs = [...this.#dirtyAttrs];
    const texts = [...this.#dirtyText];
    // Ids are taken before any is forgotten: a node moved into one that moved too is in the mirror where it was.
    const gone = [...this.#moved].filter((node) => this.#known(node) !== undefined);
    for (const set of [this.#dirtyKids, this.#dirtyAttrs, this.#dirtyText, this.#moved]) set.clear();
    // What the mirror holds and the page moved or took out leaves the mirror first; what of it is in the page now goes
    // anew, under new ids, where it is now. So every node the mirror still holds in a list stays in its place there.
    for (const node of gone) deltas.push(['d', this.#known(node) as number]);
    const asked = new Set(this.#lastAsked);
    const heirs: Heir[] = [];
    for (const node of gone) {
      const was = this.#forget(node, asked);
      if (was.length) heirs.push([(node as Element).localName, was]);
    }
    const replace = async (node: Node) => deltas.push(['r', this.#known(node) as number, ...(await this.#subtree(node, depthOf(node), slicer))]);
    for (const [parent, added] of kids) {
      if (parent === this.#doc) throw new Truncated();
      const id = this.#known(parent);
      if (id === undefined || id >= fresh || !parent.isConnected) continue;
      const name = parent.nodeType === 1 ? (parent as Element).localName : '';
      if (name === 'script') await replace(parent);
      else if (!OPAQUE.has(name)) {
        // Only the runs of children the mirror lacks travel, each after the child the mirror has before it (0: first).
        // A child the mirror lacks was put in (or moved, and left the mirror above): a record names it, so each run is
        // found from the nodes records put in, not by walking the list whole (a chart's main: ~800 children).
        for (const node of added) {
          // A comment is never sent: one put in starts no run (each started one would walk the comments put in beside it:
          // a page that puts in many would cost their count squared).
          const type = node.nodeType;
          if ((type !== 1 && type !== 3 && type !== 4) || node.parentNode !== parent || this.#known(node) !== undefined) continue;
          let start = node;
          while (start.previousSibling && this.#known(start.previousSibling) === undefined) start = start.previousSibling;
          const before = start.previousSibling;
          const run: Subtree[] = [];
          for (let kid: Node | null = start; kid && this.#known(kid) === undefined; kid = kid.nextSibling) {
            const type = kid.nodeType;
            if (type !== 1 && type !== 3 && type !== 4) continue;
            const subtree = await this.#subtree(kid, depthOf(parent), slicer);
            run.push(subtree);
            if (type === 1) this.#inherit(heirs, kid as Element, subtree[0]);
          }
          if (run.length) deltas.push(['i', id, before ? (this.#known(before) as number) : 0, run]);
        }
      }
    }
    for (const el of attrs) {
      const id = this.#known(el);
      if (id !== undefined && id < fresh && el.isConnected) deltas.push(['a', id, this.#attrs(el)]);
    }
    for (const text of texts) {
      const id = this.#known(text);
      if (id !== undefined) {
        if (id < fresh && text.isConnected) deltas.push(['t', id, this.#count(text.nodeValue ?? '')]);
        continue;
      }
      // A script's text is sent whole, cut like the structured reader cuts it.
      const script = text.parentNode;
      if (script?.nodeType === 1 && (script as Element).localName === 'script' && this.#known(script) !== undefined && !isFresh(script) && script.isConnected) await replace(script);
    }
    // One property read each (a host that left the page left this set when it was forgotten).
    for (const host of scan ? [...this.#bare, ...this.#plain] : this.#bare) {
      const shadow = (host as Host).shadowRoot;
      if (!shadow) continue;
      this.#bare.delete(host) || this.#plain.delete(host);
      const hid = this.#known(host);
      if (hid !== undefined && host.isConnected && this.#known(shadow) === undefined) deltas.push(['s', hid, ...(await this.#shadow(shadow, depthOf(host) + 1, slicer))]);
    }
    return deltas;
  }

  /**
   * An element put in where one with its tag was taken out (a new patient's banner drawn in place of the last): the
   * reading page will likely ask about the elements in the places it asked about in the old one. Those with the same
   * tag there are asked now, answered up front in this message, which saves the read a second one; a wrong guess
   * costs its verdict only.
   */
  #inherit(heirs: Heir[], el: Element, at: number): void {
    const i = heirs.findIndex(([name]) => name === el.localName);
    for (const [offset, name] of i < 0 ? [] : (heirs.splice(i, 1)[0] as Heir)[1]) {
      const node = this.#nodes[at + offset - this.#base] as Element | undefined;
      if (node?.localName === name && el.contains(node)) this.#lastAsked.push(at + offset);
    }
  }

  /**
   * Drops the ids of a subtree no longer in the page (its mirror drops them too). Gives the places in it (ids from
   * its own) and tags of the elements `asked` names.
   */
  #forget(node: Node, asked?: Set<number>): Heir[1] {
    const was: Heir[1] = [];
    const base = this.#known(node) ?? 0;
    const stack: Node[] = [node];
    while (stack.length) {
      const n = stack.pop() as Node;
      const id = this.#known(n);
      if (id === undefined) continue;
      if (asked?.has(id)) was.push([id - base, (n as Element).localName]);
      this.#nodes[id - this.#base] = undefined;
      this.#sent.delete(id);
      this.#bare.delete(n as Element) || this.#plain.delete(n as Element);
      for (let k = n.firstChild; k; k = k.nextSibling) stack.push(k);
      const shadow = (n as Host).shadowRoot;
      if (shadow) stack.push(shadow);
    }
    return was;
  }

  #id(node: Node): void {
    (node as Numbered)[ID] = this.#next++;
    this.#nodes.push(node);
  }

  #count(text: string): string {
    if ((this.#chars += text.length) > (this.#options.maxText ?? MAX_SNAPSHOT_TEXT)) throw new Truncated();
    return text;
  }

  /** Attribute names and values; handlers never run in the mirror, and a password is no one's identity. */
  #attrs(el: Element, out: Wire = []): string[] {
    const password = el.localName === 'input' && (el as HTMLInputElement).type === 'password';
    const names = el.getAttributeNames();
    // A namespaced attribute goes as `namespace name` (read from its Attr node: the name alone would lose it).
    if (names.some((n) => n.includes(':'))) {
      for (const a of el.attributes) {
        if ((!a.namespaceURI && HANDLER.test(a.name)) || (password && a.name === 'value')) continue;
        out.push(this.#count(a.namespaceURI ? `${a.namespaceURI} ${a.name}` : a.name), this.#count(a.value));
      }
    } else {
      for (const name of names) {
        if (HANDLER.test(name) || (password && name === 'value')) continue;
        out.push(this.#count(name), this.#count(el.getAttribute(name) ?? ''));
      }
    }
    return out as string[];
  }

  async #shadow(shadow: ShadowRoot, depth: number, slicer: Slicer): Promise<Subtree> {
    const at = this.#next;
    const wire: Wire = [];
    this.#id(shadow);
    this.#observe(shadow);
    await this.#walk(shadow.firstChild, wire, depth, slicer);
    return [at, wire];
  }

  /** One node and everything below it, as the wire (mirror-wire.ts) says, ids given in order. */
  async #subtree(node: Node, depth: number, slicer: Slicer): Promise<Subtree> {
    const at = this.#next;
    const wire: Wire = [];
    await this.#walk(node, wire, depth, slicer, true);
    return [at, wire];
  }

  async #walk(first: Node | null, wire: Wire, depth: number, slicer: Slicer, single = false): Promise<void> {
    const maxElements = this.#options.maxElements ?? MAX_SNAPSHOT_ELEMENTS;
    // A list being walked: an element's children, then its shadow root's (read once, when the element is); the top list has no owner.
    const stack: { next: Node | null; owner: Host | null; root?: ShadowRoot | null; shadow: boolean; depth: number }[] = [{ next: first, owner: null, shadow: false, depth }];
    let steps = 0;
    while (stack.length) {
      if ((++steps & 31) === 0 && slicer.due()) await slicer.pause();
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const node = top.next;
      if (!node) {
        stack.pop();
        if (!top.owner) continue;
        const shadow = !top.shadow && top.depth < MAX_SHADOW_DEPTH ? top.root : null;
        if (shadow) {
          wire.push(OPEN_SHADOW);
          this.#id(shadow);
          this.#observe(shadow);
          stack.push({ next: shadow.firstChild, owner: top.owner, shadow: true, depth: top.depth + 1 });
          continue;
        }
        if (top.shadow) wire.push(CLOSE);
        wire.push(CLOSE);
        continue;
      }
      top.next = single && !top.owner ? null : node.nextSibling;
      const type = node.nodeType;
      if (type === 3 || type === 4) {
        this.#id(node);
        wire.push(this.#count(node.nodeValue ?? ''));
        continue;
      }
      if (type !== 1) continue;
      if (++this.#elements > maxElements) throw new Truncated();
      const el = node as Element;
      this.#id(el);
      const name = el.localName;
      const qualified = el.prefix ? `${el.prefix}:${name}` : name;
      const html = el.namespaceURI === XHTML_NS;
      if (html) wire.push(OPEN_HTML, qualified);
      else wire.push(OPEN_NS, el.namespaceURI ?? '', qualified);
      if (el.hasAttributes()) {
        const count = wire.length;
        wire.push(0);
        this.#attrs(el, wire);
        wire[count] = (wire.length - count - 1) / 2;
      } else wire.push(0);
      if (html && CONTROLS.has(name)) this.#controls.add(el);
      if (name === 'script') {
        if (!el.hasAttribute('src')) {
          // Its text goes as one node, which the mirror numbers: the number is taken here too. A script past the
          // structured reader's limit is skipped there: one more character keeps it skipped.
          this.#nodes.push(undefined);
          this.#next++;
          wire.push(this.#count((el.textContent ?? '').slice(0, MAX_SCRIPT_CHARS + 1)));
        }
        wire.push(CLOSE);
        continue;
      }
      if (OPAQUE.has(name)) {
        wire.push(CLOSE);
        continue;
      }
      // Only these can host a shadow root: no other element's is read. One attached while the walk pauses is
      // seen by the bare hosts' check, next.
      let root;
      if (html && HOSTABLE.test(name)) {
        root = (el as Host).shadowRoot;
        if (!root) (name.includes('-') ? this.#bare : this.#plain).add(el);
      }
      stack.push({ next: el.firstChild, owner: el, root, shadow: false, depth: top.depth });
    }
  }

  /** Form state that changed since the last message (typing fires no mutation). */
  #values(): Values {
    const out: Values = [];
    for (const el of this.#controls) {
      const id = this.#known(el);
      if (id === undefined || !el.isConnected) {
        this.#controls.delete(el);
        continue;
      }
      let value: string | null = null;
      let flag = 0;
      if (el.localName === 'input') {
        const input = el as HTMLInputElement;
        if (input.type !== 'password' && input.type !== 'file') value = input.value;
        flag = input.checked ? 1 : 0;
      } else if (el.localName === 'textarea') value = (el as HTMLTextAreaElement).value;
      else flag = (el as HTMLOptionElement).selected ? 1 : 0;
      const key = `${flag}${value ?? '\u0000'}`;
      if (this.#sent.get(id) === key) continue;
      this.#sent.set(id, key);
      out.push(id, value === null ? null : this.#count(value), flag);
    }
    return out;
  }
}

/** How many shadow roots deep `node` is (the walk reads no deeper than MAX_SHADOW_DEPTH). */
function depthOf(node: Node): number {
  let depth = 0;
  for (let root = node.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode()) depth++;
  return depth;
}
