import { tagOf } from '../tag';
import { cleanText } from '../parse/text';
import { parseName } from '../parse/names';
import { matchLabel } from './labels';
import { looksLikeShownName } from './name-shape';
import { OTHERS_SECTION, othersLabel } from './others';

/**
 * A PDF viewer's text layer (pdf.js and the viewers built on it): a document's text as absolutely placed runs,
 * a <br> ending each line, a whitespace run where a gap parts two runs and none where a change of font cuts a
 * word ("GUTIERREZ, ROSAL" + "IND M"). A placed run is a block of its own in the browser, so read run by run a
 * label's value is the next run, a name cut in two; read as the lines the page shows, runs glue where nothing
 * parts them.
 */

/** Runs looked at in one layer, lines read from it: a page of a document, not a book. */
const MAX_RUNS = 3000;
const MAX_LINES = 300;
const MAX_RUN_CHARS = 400;
/** Placed runs needed before a layer is called one: a line of label and value is three (with its whitespace). */
const MIN_RUNS = 3;

const placed = (el: Element) => {
  const style = el.getAttribute('style') ?? '';
  return /(?:^|;)\s*left\s*:/.test(style) && /(?:^|;)\s*top\s*:/.test(style);
};
const topOf = (el: Element) => /(?:^|;)\s*top\s*:\s*([^;]+)/.exec(el.getAttribute('style') ?? '')?.[1]?.trim() ?? '';

/** Whether `el` holds only placed runs and line breaks, with at least one break and a few runs. */
export function isTextLayer(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first || tagOf(first) !== 'SPAN' || !placed(first)) return false;
  let runs = 0;
  let breaks = 0;
  for (let c: Element | null = first; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (tag === 'BR') breaks++;
    else if (tag === 'SPAN' && placed(c) && !c.firstElementChild) runs++;
    else return false;
    if (runs + breaks > MAX_RUNS) return false;
  }
  return runs >= MIN_RUNS && breaks > 0;
}

/**
 * The layer's lines, each as its segments (the runs between two gaps, glued): a line ends at a <br> or where a
 * run sits at another height. Runs `shown` refuses are left out, and part what they stood between.
 */
export function textLayerLines(layer: Element, shown: (el: Element) => boolean): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let segment = '';
  let top: string | null = null;
  const endSegment = () => {
    const text = cleanText(segment);
    if (text) line.push(text);
    segment = '';
  };
  const endLine = () => {
    endSegment();
    if (line.length > 0) lines.push(line);
    line = [];
  };
  for (let c = layer.firstElementChild; c && lines.length < MAX_LINES; c = c.nextElementSibling) {
    if (tagOf(c) === 'BR') {
      endLine();
      top = null;
      continue;
    }
    const at = topOf(c);
    if (top !== null && at !== top) endLine();
    top = at;
    const text = (c.textContent ?? '').slice(0, MAX_RUN_CHARS);
    if (!text.trim() || !shown(c)) {
      endSegment();
      continue;
    }
    if (/^\s/.test(text)) endSegment();
    segment += text;
    if (/\s$/.test(text)) endSegment();
  }
  endLine();
  return lines;
}

/**
 * A line as the text a label reader takes: a segment that is a label on its own is one, its colon written or not
 * ("Date of birth" + "March 9, 1944" as a printed C-CDA header sets them).
 */
export function labelledRow(segments: string[]): string {
  return segments.map((s) => (!/[:=]$/.test(s) && matchLabel(s) ? `${s}:` : s)).join(' ');
}

/** A letter's subject word before the name it is about ("RE: Priya Raman  DOB: …"). */
const SUBJECT = /^re\b\s*:?\s*/i;
/** A segment led by a birth date's label: the label alone, or with its value in the same run ("DOB: 09/30/1967"). */
const birthLabel = (segment: string) => matchLabel(segment.split(/[:=]/)[0] as string)?.field === 'dob';
const nameShaped = (text: string) => looksLikeShownName(text) && parseName(text) !== null;

/**
 * The name a line prints before its birth date without a label ("RE: Priya Raman  DOB: …", "Priya Raman · DOB …"),
 * or the line above prints alone (a report's patient block: the name, then "DOB: … AGE: … GENDER: …"); and where
 * the line's labels begin.
 */
export function leadName(line: string[], above: string[] | undefined): { name: string; labelsAt: number } | null {
  const at = line.findIndex(birthLabel);
  if (at < 0) return null;
  if (at === 0) return above?.length === 1 && nameShaped(above[0] as string) ? { name: above[0] as string, labelsAt: 0 } : null;
  const lead = line.slice(0, at).join(' ').replace(SUBJECT, '').split(/\s+[·•|]\s*|\s*[·•|]$/)[0]?.trim() ?? '';
  return lead && nameShaped(lead) ? { name: lead, labelsAt: at } : null;
}

/** Lines read after another person's: their block ends at the client's label or after this many lines. */
const OTHERS_LINES = 4;
const CLIENT_LEAD = /^(?:patient|member|resident|re\b)/i;

/**
 * Whether each line sits in another person's block: one led by their label or heading ("From:", "ORDERING
 * PHYSICIAN", "Next of kin") and the few lines after it, up to one led by the client's ("Patient …"). A fax
 * cover's "From: Dr. …" is followed by "Phone: …" on a line of its own, a lab report's physician block by the
 * practice's account number: neither is the client's.
 */
export function othersLines(lines: string[][]): boolean[] {
  let left = 0;
  return lines.map((line) => {
    const first = (line[0] as string).replace(/[:=]$/, '');
    if (CLIENT_LEAD.test(first)) left = 0;
    const heading = line.length === 1 && first.length <= 40 && !/[:.,]/.test(line[0] as string);
    const opens = othersLabel(first) || (heading && OTHERS_SECTION.test(first) && !matchLabel(first)) || /^(?:from|to|sender|attn)$/i.test(first);
    if (opens) {
      left = OTHERS_LINES;
      return true;
    }
    return left-- > 0;
  });
}
