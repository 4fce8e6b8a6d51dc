import type { Candidate } from './structured';
import { tagOf } from '../tag';
import { er7Field, v2Candidate, type V2Message } from './hl7v2-message';

/**
 * An HL7 v2 message shown as its ER7 text: a message browser's Raw tab (a pre), a log entry's lines split by <br>,
 * an editor's one div per segment, a viewer's one span per field between '|' spans, a parser's textarea. Whatever
 * the markup, the element's text is the message, so it is parsed as one (hl7v2-message.ts reads its patient).
 * Only where an MSH segment starts it: a PID-like line in prose is no message.
 */

/**
 * Segment ids a message's lines start with; a line break lost with its <br> or <div> is found again before them.
 * Z-segments are site-defined and never hold the patient.
 */
const SEGMENT = /(MSH|EVN|PID|PD1|NK1|PV1|PV2|IN1|IN2|IN3|GT1|AL1|DG1|PR1|OBR|OBX|ORC|NTE|ROL|MRG|ACC|UB1|UB2|DB1|SPM|TQ1|MSA|Z[A-Z0-9]{2})\|/g;
const MAX_TEXT_NODES = 20000;
const MAX_BLOCKS = 8;
const MAX_CHARS = 100000;
const MAX_CLIMB = 4;

/** The smallest elements whose text holds a whole message's start and its PID segment. */
function messageElements(doc: Document): Element[] {
  const found: Element[] = [];
  const body = doc.body;
  if (!body) return found;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES && found.length < MAX_BLOCKS; n++, node = walker.nextNode()) {
    if (!(node as Text).data.includes('MSH')) continue;
    let el = node.parentElement;
    if (!el || /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(tagOf(el))) continue;
    for (let k = 0; el && k < MAX_CLIMB; k++, el = el.parentElement) {
      const text = el.textContent ?? '';
      if (text.includes('PID|') && text.includes('MSH|')) {
        if (!found.includes(el)) found.push(el);
        break;
      }
    }
  }
  // A container that holds a found block is that block's page around it, not a second message.
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
}

/** The message the text shows from its MSH on; nothing when the header's separators are not the usual '|'. */
function parseEr7(raw: string): V2Message | undefined {
  const start = raw.indexOf('MSH|');
  if (start < 0) return undefined;
  const text = raw.slice(start, start + MAX_CHARS).replace(SEGMENT, '\r$&');
  const msg: V2Message = new Map();
  const enc = text.slice(5, 9);
  for (const line of text.split(/[\r\n]+/)) {
    const fields = line.trim().split('|');
    const id = fields[0] ?? '';
    if (!/^[A-Z][A-Z0-9]{2}$/.test(id)) continue;
    const seg = new Map(fields.slice(1).map((f, i) => [id === 'MSH' ? i + 2 : i + 1, er7Field(f, enc)] as const));
    msg.set(id, [...(msg.get(id) ?? []), seg]);
  }
  return msg;
}

export function er7Candidates(doc: Document, shown: (el: Element) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const el of messageElements(doc)) {
    if (!shown(el)) continue;
    // A textarea's text is what it was loaded with; its value is what it shows.
    const text = tagOf(el) === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : el.textContent ?? '';
    const msg = parseEr7(text);
    const c = msg && v2Candidate(msg, 'HL7 v2 message shown');
    if (c) out.push(c);
  }
  return out;
}
