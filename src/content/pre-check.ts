import { carriesStructured } from '../context/generic/structured-check';

/**
 * Whether a frame's page may show a client: false only when the reader could not find one, so a
 * frame that says no stays without the reader (src/content/parts/reader.ts) and reports nothing
 * found. Derived from what a reading needs: a name, and confidence that only a birth date, a
 * record number, or a labelled name beside a further labelled field (sex, phone, place) gives, or
 * structured data. So: a date, a digit with an identifier label or mark, a name label with a
 * further field's label, or a script block or microdata the structured reader parses. It looks at
 * what the reader reads: text (open shadow trees too), aria-labels and the values of form fields.
 */

// Every date parseDate reads ("1950-01-05", "01/05/1950", "5 Jan 1950", "Jan 5, 1950"), with the whitespace collapsed.
const DATE = /\d[-/.]\d{1,2}[-/.]\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-./,]*\d/i;
/** Between a label's words, in text or in an identifier system's URL ("medical-record-number"). */
const SEP = '[-_.\\s]*';
const NO = `${SEP}(?:#|ids?|no|num|identifier)`;
const WHO = '(?:patient|pt|member|client|resident|participant|consumer|customer|enrollee|person|subscriber|contact)';
// Every record-number label (labels.ts), a "#" identifier, and one in brackets after a name (line.ts).
const ID_MARK = new RegExp(
  `(?<![a-z])(?:[ce]?mrn|mr(?![a-z.])|mr${NO}|med\\.?${SEP}rec|medical${SEP}record|${WHO}${NO}|(?:record|chart|case)${NO}|ehr${SEP}id|(?:local|hospital|unit|facility|enterprise|empi|emr|openmrs|opene?mr|external|public)${NO}|identifier|ids?(?![a-z])|acct|acc\\.?${NO}|account)|#\\s?[a-z0-9]|\\(\\s*#?\\s*(?!\\d{1,3}\\s*\\))[a-z]{0,4}[-\\s]?\\d[\\w-]{2,20}\\s*\\)`,
  'i',
);
// Every name label, and the labels of the fields a labelled name needs beside it to be read alone.
const NAME_LABEL = /(?<![a-z])(?:(?:sur|last|family)?name|patient|member|client|resident|participant|enrollee|legal|official)/i;
const FURTHER_LABEL = /(?<![a-z])(?:sex|gender|phone|tel|mobile|cell|home|work|loc|unit|room|bed|ward|facility)/i;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Text the reader never reads as text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Longer than any date or label, collapsed: what is kept of the text so far to find one split across nodes. */
const TAIL = 64;

export function mayShowClient(doc: Document): boolean {
  try {
    return carriesStructured(doc) || (doc.body !== null && scan(doc.body));
  } catch {
    // A hostile page throwing from a getter: the reader decides (and reads nothing from it).
    return true;
  }
}

function scan(body: HTMLElement): boolean {
  let tail = '';
  let spaced = '';
  let digit = false;
  let idMark = false;
  let name = false;
  let further = false;
  // Each piece run together with the text before it, as an element's text joins its inline children:
  // for dates without a break ("<span>03</span>/<span>05</span>/…"), for labels with one ("Female" "MRN").
  const take = (raw: string): boolean => {
    const text = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ');
    if (text === '' || text === ' ') return false;
    const run = tail + text;
    if (DATE.test(run)) return true;
    tail = run.slice(-TAIL);
    const words = `${spaced} ${text}`;
    spaced = words.slice(-TAIL);
    digit ||= /\d/.test(text);
    idMark ||= ID_MARK.test(words);
    name ||= NAME_LABEL.test(words);
    further ||= FURTHER_LABEL.test(words);
    return (digit && idMark) || (name && further);
  };
  const element = (el: HTMLInputElement, depth: number): boolean => {
    const aria = el.getAttribute('aria-label');
    if (aria && take(`\n${aria}\n`)) return true;
    if ((el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && take(`\n${el.value}\n`)) return true;
    const shadow = el.shadowRoot;
    return !!shadow && depth < 8 && walk(shadow, depth + 1);
  };
  const walk = (root: Node, depth: number): boolean => {
    const walker = body.ownerDocument.createTreeWalker(root, 5, { acceptNode: (node) => (SKIPPED.has(node.nodeName) ? 2 : 1) });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3 ? take(node.nodeValue ?? '') : element(node as HTMLInputElement, depth)) return true;
    }
    return false;
  };
  return element(body as HTMLInputElement, 0) || walk(body, 0);
}
