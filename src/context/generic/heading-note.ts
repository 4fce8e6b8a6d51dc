import { shortText } from '../parse/text';

/** A number in brackets after a name is the record's (name-id.ts), not a note. */
const BRACKETED_ID = /^\(#?\s*[\w-]*\d[\w-]*\)$/;

/**
 * "<h3>Nakashima, Bryce T <small>(Self-pay balance $40.00)</small></h3>": a record's heading carries a note of its own
 * after the name, an element whose whole text is in brackets (a balance, a status, a used name): the heading's text runs
 * them together, and the name is the text before it.
 */
export function withoutHeadingNote(el: Element, text: string): string {
  const last = el.lastElementChild;
  const note = last ? shortText(last, 60) : null;
  if (!note || !/^\([^()]+\)$/.test(note) || BRACKETED_ID.test(note)) return text;
  const at = text.lastIndexOf(note);
  return at > 0 && !text.slice(at + note.length).trim() ? text.slice(0, at).trimEnd() : text;
}
