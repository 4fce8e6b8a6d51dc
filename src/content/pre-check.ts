import { carriesStructured } from '../context/generic/structured-check';

/**
 * Whether a frame's page may show a client: false only when the reader could not find one, so a
 * frame that says no takes no snapshot (docs/reader-split.md) and reports nothing
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
/** A phone number needs no label where it is a banner's call link (its digits are the link's text). */
const PHONE = /\d[\d\s().\-–]{5,24}\d/;
/** The same words anywhere, for text run together across elements, where a word's start is lost. */
const NAME_ANYWHERE = new RegExp(NAME_LABEL.source.replace('(?<![a-z])', ''), 'i');
const FURTHER_ANYWHERE = new RegExp(FURTHER_LABEL.source.replace('(?<![a-z])', ''), 'i');
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Text the reader never reads as text (a template's content is not in the tree). */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript']);
/** Longer than any date or label, collapsed: what is kept of the text so far to find one split across nodes. */
const TAIL = 64;
/**
 * Only a frame this small (a menu, a toolbar, a sign-in form) is checked to the end: a bigger one
 * without a date in its text is left to the reader, which reads in time slices.
 */
export const CHECKED = { chars: 8_000, elements: 3_000 };

const clean = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, ' ');

export function mayShowClient(doc: Document, checked = CHECKED): boolean {
  try {
    const body = doc.body;
    if (carriesStructured(doc)) return true;
    if (!body) return false;
    // The text at once, run together (the engine's textContent, no per-node work): a date split
    // across elements still reads as one, and most pages that show a client show a date.
    const light = clean(textOf(body));
    if (DATE.test(light) || light.length > checked.chars || body.getElementsByTagName('*').length > checked.elements) return true;
    const roots = [body, ...shadowRoots(body)];
    const text = light + clean(roots.slice(1).map(textOf).join('') + roots.map(attributesOf).join(''));
    if (DATE.test(text)) return true;
    // No digit: no record number and no birth date, only a labelled name beside a further field.
    if (!/\d/.test(text)) return NAME_ANYWHERE.test(text) && FURTHER_ANYWHERE.test(text);
    return labelsIn(roots) || roots.some(markedId);
  } catch {
    // A hostile page throwing from a getter: the reader decides (and reads nothing from it).
    return true;
  }
}

/** A record number printed bare, its markup alone saying what it is ("patient-id", "ptNo", "mrn"; ehr-hinted-id.ts). */
const ID_HINT = /(?:patient|pt|member|client|person|record|chart)[-_\s]*(?:id|identifier|number|no)|mrn/i;
const markedId = (root: Element | ShadowRoot) => Array.from(root.querySelectorAll('*')).some((el) => Array.from(el.attributes).some((a) => ID_HINT.test(a.value)));

/** Open shadow trees, nested ones too, as the reader walks them. */
function shadowRoots(root: Element | ShadowRoot, depth = 0): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const shadow = all[i]!.shadowRoot;
    if (shadow && depth < 8) out.push(shadow, ...shadowRoots(shadow, depth + 1));
  }
  return out;
}

/** A root's text without its scripts and styles. */
function textOf(root: Element | ShadowRoot): string {
  let text = root.textContent ?? '';
  for (const tag of SKIPPED_TAGS) {
    for (const skipped of Array.from(root.querySelectorAll(tag))) {
      const code = skipped.textContent ?? '';
      const at = code ? text.indexOf(code) : -1;
      if (at >= 0) text = text.slice(0, at) + text.slice(at + code.length);
    }
  }
  return text;
}

/** What the reader reads besides text: aria-labels, and the values of form fields a label names. */
function attributesOf(root: Element | ShadowRoot): string {
  const labels = Array.from(root.querySelectorAll('[aria-label]'), (el) => el.getAttribute('aria-label'));
  const values = Array.from(root.querySelectorAll<HTMLInputElement>('input, textarea'), (el) => el.value);
  return ['', ...labels, ...values].join('\n');
}

/** Labels read piece by piece (one text node, one attribute), each after the text before it. */
function labelsIn(roots: (Element | ShadowRoot)[]): boolean {
  let spaced = '';
  let digit = false;
  let idMark = false;
  let name = false;
  let further = false;
  const take = (raw: string): boolean => {
    const text = clean(raw);
    if (!text.trim()) return false;
    const words = `${spaced} ${text}`;
    spaced = words.slice(-TAIL);
    digit ||= /\d/.test(text);
    idMark ||= ID_MARK.test(words);
    name ||= NAME_LABEL.test(words);
    further ||= FURTHER_LABEL.test(words) || PHONE.test(text);
    return (digit && idMark) || (name && further);
  };
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!SKIPPED_TAGS.has((node.parentNode as Element | null)?.localName ?? '') && take(node.nodeValue ?? '')) return true;
    }
    if (attributesOf(root).split('\n').some(take)) return true;
  }
  return false;
}
