import { cleanText, INLINE_TAGS } from '../parse/text';
import { tagOf } from '../tag';
import { matchLabel } from './labels';

/** Lines past this are a letter's paragraph, not a block of fields. */
const MAX_LINES = 12;
export const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['name', 'mrn', 'dob']);

/**
 * Letters and e-mails (Word, Outlook, a webmail's compose box) list a person's details as one paragraph of lines broken
 * by <br>: "Consumer: Bernadette L. Delacroix<br>Consumer ID: …<br>DOB: …<br>Phone: …<br>Level of care screen: …". Too
 * many line breaks for a label and its value, it would be read as one banner line and lost to a line that is no chip.
 * Every line "Label: value", at least two of them labelling who the person is: the lines, each to be read as labels.
 */
export function brLabelledLines(el: Element): string[] | null {
  const all = breakLines(el);
  // A narrative's title line over its fields ("<b>Patient</b><br>Name: …"): a word or two, no colon, no digit.
  const rows = all && /^[\p{L} ]{1,30}$/u.test(all[0] ?? '') ? all.slice(1) : all;
  const fields = fieldsOfLines(rows);
  return fields && fields.filter((f) => IDENTITY_FIELDS.has(f)).length >= 2 ? rows : null;
}

/**
 * The field each line's label names ('' for a label of none of ours), when there are 3 to MAX_LINES lines and every
 * one is "Label: value"; else null.
 */
export function fieldsOfLines(rows: readonly string[] | null): string[] | null {
  if (!rows || rows.length < 3 || rows.length > MAX_LINES) return null;
  const fields: string[] = [];
  for (const row of rows) {
    const label = /^([^:]{1,40}):\s*\S/.exec(row)?.[1];
    if (!label) return null;
    fields.push(matchLabel(label)?.field ?? '');
  }
  return fields;
}

/**
 * The lines of an element of inline runs broken by <br> (or of the one element it wraps alone, as a widget wraps its
 * text in a span), each cleaned, the empty ones left out; null when it holds no break, a block or more than a
 * paragraph's worth of runs. Text read whole joins a line's end to the next line's start.
 */
export function linesAtBreaks(el: Element): string[] | null {
  let host = el;
  while (host.childElementCount === 1 && !host.querySelector(':scope > br') && !ownText(host)) host = host.firstElementChild as Element;
  return host.querySelector(':scope > br') ? breakLines(host) : null;
}

function ownText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim());
}

export function breakLines(el: Element): string[] | null {
  const lines: string[] = [''];
  for (let n = el.firstChild, k = 0; n && k < 4 * MAX_LINES; n = n.nextSibling, k++) {
    if (n.nodeType === 3) lines[lines.length - 1] += n.nodeValue ?? '';
    else if (n.nodeType !== 1) continue;
    else if (tagOf(n as Element) === 'BR') lines.push('');
    // Word's empty <o:p> run, or an inline run of the line.
    else if (INLINE_TAGS.has(tagOf(n as Element)) || tagOf(n as Element) === 'O:P') lines[lines.length - 1] += n.textContent ?? '';
    else return null;
  }
  return lines.map(cleanText).filter((l) => l !== '');
}
