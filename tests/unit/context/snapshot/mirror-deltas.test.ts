import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { MirrorSender } from '../../../../src/context/snapshot/mirror-send';
import { Mirror } from '../../../../src/context/snapshot/mirror-keep';
import type { MirrorPart } from '../../../../src/context/snapshot/mirror-wire';

/**
 * The mirror's deltas (docs/reader-split.md, the mirror), as a property: whatever a page does between
 * reads (elements added, removed, moved elsewhere, replaced by copies, attributes and texts changed,
 * a node taken out, changed while out, and put back; elements and texts put in, taken out of and moved
 * within a list anywhere, several in one list between reads), whether or not a read's first message was
 * dropped, and however often the page was sent whole again, the mirror after each read is the page,
 * node for node.
 */
type Step =
  | { kind: 'add'; at: number; tag: string; text: string }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'copy'; at: number }
  | { kind: 'attr'; at: number; name: string; value: string | null }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'outAndBack'; at: number; text: string }
  | { kind: 'insert'; at: number; index: number; tag: string | null; text: string }
  | { kind: 'takeOut'; at: number; index: number }
  | { kind: 'reorder'; at: number; index: number; to: number }
  | { kind: 'read' }
  | { kind: 'dropped' }
  | { kind: 'resent' };

const TAGS = ['div', 'span', 'p', 'b', 'td'];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), tag: fc.constantFrom(...TAGS), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('attr' as const), at: fc.nat(), name: fc.constantFrom('class', 'hidden', 'title', 'data-x'), value: fc.option(fc.string({ maxLength: 5 }), { nil: null }) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('outAndBack' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), index: fc.nat(), tag: fc.option(fc.constantFrom(...TAGS), { nil: null }), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('takeOut' as const), at: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), at: fc.nat(), index: fc.nat(), to: fc.nat() }),
  fc.constant({ kind: 'read' as const }),
  fc.constant({ kind: 'dropped' as const }),
  fc.constant({ kind: 'resent' as const }),
);

function apply(doc: Document, s: Exclude<Step, { kind: 'read' | 'dropped' | 'resent' }>): void {
  const els = Array.from(doc.body.querySelectorAll('*'));
  const pick = (i: number) => (els.length ? (els[i % els.length] as Element) : doc.body);
  const el = pick(s.at);
  const kids = Array.from(el.childNodes);
  if (s.kind === 'insert') {
    // A text or an element, anywhere in the list: first, between two, last.
    const made = s.tag === null ? doc.createTextNode(s.text) : doc.createElement(s.tag);
    if (s.tag !== null) made.textContent = s.text;
    el.insertBefore(made, kids[s.index % (kids.length + 1)] ?? null);
  } else if (s.kind === 'takeOut') {
    if (kids.length) (kids[s.index % kids.length] as ChildNode).remove();
  } else if (s.kind === 'reorder') {
    if (kids.length) el.insertBefore(kids[s.index % kids.length] as Node, kids[s.to % (kids.length + 1)] ?? null);
  } else if (s.kind === 'add') {
    const made = doc.createElement(s.tag);
    made.textContent = s.text;
    el.appendChild(made);
  } else if (s.kind === 'remove') {
    if (el !== doc.body) el.remove();
  } else if (s.kind === 'move') {
    const to = pick(s.to);
    if (el !== doc.body && !el.contains(to)) to.insertBefore(el, to.firstChild);
  } else if (s.kind === 'copy') {
    if (el !== doc.body) el.replaceWith(el.cloneNode(true));
  } else if (s.kind === 'attr') {
    if (s.value === null) el.removeAttribute(s.name);
    else el.setAttribute(s.name, s.value);
  } else if (s.kind === 'text') {
    const text = Array.from(el.childNodes).find((n) => n.nodeType === 3);
    if (text) text.nodeValue = s.text;
    else el.append(s.text);
  } else if (el !== doc.body) {
    // Taken out, changed while out (no record reaches the observer then), and put back.
    const parent = el.parentNode as Node;
    const next = el.nextSibling;
    el.remove();
    el.setAttribute('data-out', s.text);
    el.append(s.text);
    parent.insertBefore(el, next);
  }
}

describe("the mirror's deltas", () => {
  it('leave the mirror equal to the page after every read, whatever changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const window = new Window({ url: 'https://ehr.example.org/chart' });
        const doc = window.document as unknown as Document;
        doc.body.innerHTML = '<div id="a"><p>Jane <b>Doe</b></p><span>x</span></div><div id="b"><td>1</td></div><ul><li>1</li>2<li>3</li><li>4</li>5<li>6</li></ul>';
        const sender = new MirrorSender(doc);
        const impl = (new Window().document as unknown as Document).implementation;
        let mirror: Mirror | undefined;
        const send = (part: MirrorPart) => {
          const copy = JSON.parse(JSON.stringify(part)) as MirrorPart;
          if (copy.whole) mirror = new Mirror(copy, impl);
          const m = mirror as Mirror;
          expect([m.gen, m.seq + 1]).toEqual([copy.gen, copy.seq]);
          m.seq = copy.seq;
          m.apply(copy);
          sender.sent();
        };
        send(await sender.begin());
        for (const s of [...steps, { kind: 'read' as const }]) {
          if (s.kind === 'dropped') await sender.begin();
          else if (s.kind === 'resent') {
            // The reading page lost the mirror (closed while idle, a message missed): the page goes whole again.
            sender.reset();
            send(await sender.begin());
          } else if (s.kind === 'read') {
            // Records are delivered as a microtask; a read may also come before them (begin takes them).
            send(await sender.begin());
            expect((mirror as Mirror).doc.body.outerHTML).toBe(doc.body.outerHTML);
          } else apply(doc, s);
        }
        sender.stop();
        await window.happyDOM.close();
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('a child list changed in several places between reads', () => {
  it('goes as runs each after the child the mirror has before it, whatever order the nodes were put in', async () => {
    const window = new Window({ url: 'https://ehr.example.org/chart' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<ul><li>1</li><!-- c --><li>2</li><li>3</li></ul>';
    const sender = new MirrorSender(doc);
    const first = JSON.parse(JSON.stringify(await sender.begin())) as MirrorPart;
    const mirror = new Mirror(first, (new Window().document as unknown as Document).implementation);
    sender.sent();
    const list = doc.querySelector('ul') as Element;
    const [one, two, three] = Array.from(list.children) as Element[];
    // Each put in before the one put in just before it, some after a comment (which the mirror never holds).
    const late = doc.createElement('li');
    late.textContent = 'late';
    list.insertBefore(late, three as Element);
    list.insertBefore(doc.createTextNode('t'), late);
    list.insertBefore(doc.createElement('b'), two as Element);
    list.insertBefore(doc.createElement('i'), one as Element);
    (two as Element).remove();
    list.append(doc.createElement('hr'));
    const part = JSON.parse(JSON.stringify(await sender.begin())) as MirrorPart;
    expect(part.whole).toBeUndefined();
    mirror.seq = first.seq;
    mirror.apply(part);
    expect(mirror.doc.body.outerHTML).toBe(doc.body.outerHTML.replace('<!-- c -->', ''));
    sender.stop();
    await window.happyDOM.close();
  });
});

describe('many comments put in one list between reads', () => {
  it('are passed over once, not once for each comment put in', async () => {
    const window = new Window({ url: 'https://ehr.example.org/chart' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<ul><li>1</li></ul>';
    const sender = new MirrorSender(doc);
    await sender.begin();
    sender.sent();
    const list = doc.querySelector('ul') as Element;
    for (let i = 0; i < 3000; i++) list.appendChild(doc.createComment('c'));
    list.appendChild(doc.createElement('b'));
    const start = performance.now();
    const part = await sender.begin();
    // Here ~0.1 s; each comment starting a run of its own took ~90 s (happy-dom's sibling steps walk the list).
    expect(performance.now() - start).toBeLessThan(5000);
    expect(part.deltas).toEqual([['i', 4, 5, [[7, [1, 'b', 0, 0]]]]]);
    sender.stop();
    await window.happyDOM.close();
  }, 30_000);
});
