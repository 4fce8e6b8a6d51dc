import type { WhiteSpaceKept } from '../dom';

/**
 * A label or band printed as text keeps its own spacing when the page lays it out with white space preserved
 * ("HALVORSEN, MARGIT E     76Y  F  03/14/1950  MRN:00718342" in a `white-space: pre` box): there a run of two or
 * more spaces, or a line break, parts the values on the screen as a separator does. Elsewhere the browser collapses
 * the runs to one space, which parts nothing (a template's indentation), so what the style keeps decides (`kept`,
 * asked only when the text has such a run between two values: dom.ts hasWhiteRun).
 */
export function preservedParts(text: string, kept: WhiteSpaceKept): string[] | null {
  if (kept === 'spaces') return text.split(/ *\n *| {2,}/);
  return kept === 'breaks' ? text.split('\n') : null;
}
