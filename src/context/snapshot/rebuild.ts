import { tagOf } from '../tag';
import { XHTML_NS, type SnapElement, type SnapNode, type Snapshot } from './types';

/**
 * The page a snapshot (take.ts) describes, as a document without a window: its rules' visibility check
 * takes the markup path, which the snapshot's `hidden` marks answer as the page's layout did. Built
 * node by node (no HTML is parsed), inert: nothing in it runs or is fetched. Null for a truncated or
 * empty snapshot, which is read as no client.
 */
export function rebuildPage(snapshot: Snapshot, impl: DOMImplementation): Document | null {
  const root = snapshot.root;
  if (snapshot.truncated || !root) return null;
  // The namespace given decides the content type alone (XHTML's, else application/xml), which the rules test.
  const type = snapshot.contentType;
  const doc = /xml/.test(type) ? impl.createDocument(/html/.test(type) ? XHTML_NS : null, null, null) : impl.createHTMLDocument('');
  if (doc.documentElement) doc.removeChild(doc.documentElement);
  const late: [Element, SnapElement][] = [];
  const stack: { parent: Node; nodes: SnapNode[]; i: number }[] = [];
  doc.appendChild(build(doc, root, stack, late));
  while (stack.length) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const node = top.nodes[top.i++];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    top.parent.appendChild(typeof node === 'string' ? doc.createTextNode(node) : build(doc, node, stack, late));
  }
  // Form state once every option is in its select: unchosen ones first, so a single select keeps the chosen one.
  for (const [el, snap] of late) if (tagOf(el) === 'OPTION' && !snap.selected) (el as HTMLOptionElement).selected = false;
  for (const [el, snap] of late) {
    if (snap.selected) (el as HTMLOptionElement).selected = true;
    if (snap.value !== undefined) (el as HTMLInputElement).value = snap.value;
    if (snap.checked) (el as HTMLInputElement).checked = true;
  }
  return doc;
}

function build(doc: Document, snap: SnapElement, stack: { parent: Node; nodes: SnapNode[]; i: number }[], late: [Element, SnapElement][]): Element {
  const ns = snap.ns === undefined ? XHTML_NS : snap.ns || null;
  let el: Element;
  try {
    el = doc.createElementNS(ns, snap.tag);
  } catch {
    // A name the page's parser took and the DOM API refuses (`<a@b>`): an unknown element all the same.
    el = doc.createElementNS(ns, 'unknown');
  }
  const attrs = snap.attrs ?? [];
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
  if (snap.value !== undefined || snap.checked || tagOf(el) === 'OPTION') late.push([el, snap]);
  if (snap.kids) stack.push({ parent: el, nodes: snap.kids, i: 0 });
  if (snap.shadow) {
    try {
      stack.push({ parent: el.attachShadow({ mode: 'open' }), nodes: snap.shadow, i: 0 });
    } catch {
      // An element that cannot host a shadow root here could not have hosted one on the page.
    }
  }
  return el;
}
