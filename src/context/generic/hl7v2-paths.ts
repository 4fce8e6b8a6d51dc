import type { Candidate } from './structured';
import { tagOf } from '../tag';
import { er7Field, setField, v2Candidate, type V2Field, type V2Message } from './hl7v2-message';

/**
 * An HL7 v2 message a viewer shows parsed, each value under its field path: a grid's rows ("PID-5 | Patient Name |
 * DOE^JANE"), an engine's message tree ("PID.5.1 (Family Name)" over its value), Mirth's XML form printed in a pre
 * ("<PID.5.1>DOE</PID.5.1>"). The paths are put back into the message (hl7v2-message.ts reads its patient), so the
 * PID's name is told from an NK1's or an IN1's, whose paths differ, whatever words the viewer labels them with.
 * Only the patient's and the visit's segments are read.
 */

/** "PID-5", "PID.3 [2]", "PID-3[2].1", "PID.5.1 (Family Name)", "PV1-44:": a path alone as an element's text. */
const LABEL = /^(PID|PV1)\s?[-.](\d{1,2})(?:\s?\[(\d{1,2})\])?(?:[-.](\d{1,2}))?(?:\s*\([^()]{1,60}\))?:?$/;
/** Mirth's HL7-as-XML: a field's element opens each repetition; a component's holds its value. */
const XML_TAG = /<(PID|PV1)\.(\d{1,2})(?:\.(\d{1,2}))?>([^<]*)/g;
const MAX_TEXT_NODES = 20000;
const MAX_LABELS = 400;

interface PathValue {
  seg: string;
  field: number;
  rep: number;
  comp?: number;
  value: string;
}

/** The next text after `label` in the page, within `scope`: a tree node's value, or nothing when it is another path. */
function nextText(label: Text, scope: Element, doc: Document): string | undefined {
  const walker = doc.createTreeWalker(scope, 4);
  walker.currentNode = label;
  for (let n = walker.nextNode(), k = 0; n && k < 20; n = walker.nextNode(), k++) {
    const t = (n as Text).data.trim();
    if (t) return LABEL.test(t) ? undefined : t;
  }
  return undefined;
}

/** The value beside a path label: a row's last cell's first text, a tree node's next text. */
function valueOf(label: Text, doc: Document): string | undefined {
  const el = label.parentElement;
  const row = el?.closest('tr, [role="row"]');
  if (row) {
    const cells = Array.from(row.children);
    const last = cells[cells.length - 1];
    if (!last || cells.length < 2 || last.contains(label)) return undefined;
    const walker = doc.createTreeWalker(last, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) return (n as Text).data.trim();
    return undefined;
  }
  const node = el?.closest('li, [role="treeitem"], dt');
  if (node && tagOf(node) === 'DT') return node.nextElementSibling && tagOf(node.nextElementSibling) === 'DD' ? node.nextElementSibling.textContent?.trim() : undefined;
  return node ? nextText(label, node, doc) : undefined;
}

function labelled(doc: Document, shown: (el: Element) => boolean): PathValue[] {
  const out: PathValue[] = [];
  const body = doc.body;
  if (!body) return out;
  // A component under a repetition's node ("PID.3 [2]" > "PID.3.1") belongs to that repetition.
  const currentRep = new Map<string, number>();
  const walker = doc.createTreeWalker(body, 4);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES && out.length < MAX_LABELS; n++, node = walker.nextNode()) {
    const m = LABEL.exec((node as Text).data.trim());
    const el = node.parentElement;
    if (!m || !el || !shown(el)) continue;
    const [, seg = '', f = '', r, c] = m;
    const key = `${seg}-${f}`;
    if (r && !c) currentRep.set(key, Number(r) - 1);
    const rep = r ? Number(r) - 1 : currentRep.get(key) ?? 0;
    const value = valueOf(node as Text, doc);
    if (value) out.push({ seg, field: Number(f), rep, ...(c ? { comp: Number(c) - 1 } : {}), value });
  }
  return out;
}

function printedXml(doc: Document, shown: (el: Element) => boolean): PathValue[] {
  const out: PathValue[] = [];
  const pres = doc.getElementsByTagName('pre');
  for (let i = 0, pre = pres[0]; pre && i < 20; pre = pres[++i]) {
    const text = pre.textContent ?? '';
    if (!text.includes('<PID.') || !shown(pre)) continue;
    const reps = new Map<string, number>();
    for (const m of text.slice(0, 200000).matchAll(XML_TAG)) {
      const [, seg = '', f = '', c, v = ''] = m;
      const key = `${seg}-${f}`;
      if (!c) reps.set(key, (reps.get(key) ?? -1) + 1);
      const value = v.trim();
      if (value) out.push({ seg, field: Number(f), rep: reps.get(key) ?? 0, ...(c ? { comp: Number(c) - 1 } : {}), value });
    }
  }
  return out;
}

/** The values put back into their fields: a whole field's ER7 text first, else its components; two values for one → none. */
function assemble(values: PathValue[]): V2Message | undefined {
  const msg: V2Message = new Map();
  const parts = new Map<string, V2Field>();
  for (const v of values) {
    if (v.comp === undefined) {
      const field = er7Field(v.value);
      // "PID-3[2] | …" is one repetition of the field, written alone.
      const whole = v.rep > 0 || values.some((o) => o !== v && o.seg === v.seg && o.field === v.field && o.rep !== v.rep && o.comp === undefined) ? undefined : field;
      if (whole && !setField(msg, v.seg, 0, v.field, whole)) return undefined;
      if (!whole) {
        const key = `${v.seg}-${v.field}`;
        const reps = parts.get(key) ?? [];
        reps[v.rep] = field[0] ?? [];
        parts.set(key, reps);
      }
      continue;
    }
    const key = `${v.seg}-${v.field}`;
    const reps = parts.get(key) ?? [];
    const rep = reps[v.rep] ?? [];
    if (rep[v.comp] !== undefined && rep[v.comp] !== v.value) return undefined;
    rep[v.comp] = v.value;
    reps[v.rep] = rep;
    parts.set(key, reps);
  }
  for (const [key, reps] of parts) {
    const [seg = '', f = ''] = key.split('-');
    const known = msg.get(seg)?.[0]?.get(Number(f));
    // A whole field's text outranks its components listed beside it (the same values, or fewer of them).
    if (!known) setField(msg, seg, 0, Number(f), Array.from(reps, (r) => Array.from(r ?? [], (x) => x ?? '')));
  }
  return msg;
}

export function pathCandidates(doc: Document, shown: (el: Element) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const [values, how] of [
    [labelled(doc, shown), 'HL7 v2 field paths shown'],
    [printedXml(doc, shown), 'HL7 v2 XML shown'],
  ] as const) {
    if (!values.some((v) => v.seg === 'PID' && v.field === 5)) continue;
    const msg = assemble(values);
    const c = msg && v2Candidate(msg, how);
    if (c) out.push(c);
  }
  return out;
}
