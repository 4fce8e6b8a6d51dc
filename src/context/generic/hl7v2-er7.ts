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
const SEGMENT_IDS = 'MSH|EVN|PID|PD1|NK1|PV1|PV2|IN1|IN2|IN3|GT1|AL1|DG1|PR1|OBR|OBX|ORC|NTE|ROL|MRG|ACC|UB1|UB2|DB1|SPM|TQ1|MSA|Z[A-Z0-9]{2}';
/** What a <br> reads as in a message's text: never a character of the message itself. */
const BREAK = '\u2028';
/**
 * The header a message declares its own separators in: 'MSH', the field separator (MSH-1), the four or five encoding
 * characters (MSH-2), the field separator again. The standard's '|' is only the usual choice, and a viewer may print the
 * separator as another mark or draw each field on a line of its own (a <br> between fields): the message says which.
 */
const HEADER = /MSH([^\p{L}\p{N}\s]|\u2028)((?:(?!\1)[^\p{L}\p{N}\s]){4,5})\1/u;
const MAX_TEXT_NODES = 20000;
const MAX_BLOCKS = 8;
const MAX_CHARS = 100000;
const MAX_CLIMB = 4;

/**
 * An element's text as the message reads it: a <br> kept as BREAK (a line between segments, or the separator between
 * fields when the header says so), as textContent would lose it. Past MAX_CHARS the rest is not read.
 */
function er7Text(root: Element): string {
  if (tagOf(root) === 'TEXTAREA') return (root as HTMLTextAreaElement).value;
  let out = '';
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < MAX_CHARS; n = walker.nextNode()) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (tagOf(n as Element) === 'BR') out += BREAK;
  }
  return out;
}

/** The message's field separator and its text from its header on, when the text holds a header and a PID segment. */
function messageText(text: string): { sep: string; enc: string; text: string } | undefined {
  const m = HEADER.exec(text);
  if (!m || !m[1] || !m[2] || !text.includes(`PID${m[1]}`, m.index)) return undefined;
  return { sep: m[1], enc: m[2], text: text.slice(m.index, m.index + MAX_CHARS) };
}

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
      if (messageText(er7Text(el))) {
        if (!found.includes(el)) found.push(el);
        break;
      }
    }
  }
  // A container that holds a found block is that block's page around it, not a second message.
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
}

/** The message the text shows from its MSH on, split at the separators its header declares. */
function parseEr7(raw: string): V2Message | undefined {
  const found = messageText(raw);
  if (!found) return undefined;
  const { sep, enc } = found;
  const segment = new RegExp(`(?:${SEGMENT_IDS})${sep.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}`, 'g');
  const text = found.text.replace(segment, '\r$&');
  const msg: V2Message = new Map();
  // A <br> parts segments unless it is the field separator itself.
  for (const line of text.split(sep === BREAK ? /[\r\n]+/ : /[\r\n\u2028]+/)) {
    const fields = line.trim().split(sep);
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
    // A textarea's text is what it was loaded with; its value is what it shows (er7Text).
    const msg = parseEr7(er7Text(el));
    const c = msg && v2Candidate(msg, 'HL7 v2 message shown');
    if (c) out.push(c);
  }
  return out;
}
