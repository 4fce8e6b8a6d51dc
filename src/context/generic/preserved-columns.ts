/**
 * A label or band printed as text keeps its own spacing when the page lays it out with white space preserved
 * ("HALVORSEN, MARGIT E     76Y  F  03/14/1950  MRN:00718342" in a `white-space: pre` box): there a run of two or
 * more spaces, or a line break, parts the values on the screen as a separator does. Elsewhere the browser collapses
 * the runs to one space, which parts nothing (a template's indentation), so the style is asked, and only when the
 * text has such a run between two values.
 */
const RUN = /\S(?: {2,}|[ \t]*\n[ \t]*)\S/;
const KEEPS_SPACES = new Set(['pre', 'pre-wrap', 'break-spaces']);

export function preservedParts(el: Element, text: string): string[] | null {
  if (!RUN.test(text)) return null;
  const ws = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace ?? '';
  if (KEEPS_SPACES.has(ws)) return text.split(/ *\n *| {2,}/);
  return ws === 'pre-line' ? text.split('\n') : null;
}
