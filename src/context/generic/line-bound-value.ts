import { linesAtBreaks } from './br-labelled-lines';

/**
 * Viewers of FHIR resources and C-CDA headers print a patient's identifiers in one cell, a typed identifier per line
 * broken by <br> ("Medical Record Number: 3318-04 <br>Driver's license: VT-F55"). Read whole, the cell's text joins
 * one line's number to the next line's type, and the label splitter ends the value only at the next known label
 * ("license:"), so the number read "3318-04 Driver's". A labelled value ends at the end of its own line: this
 * gives the value cut there, or the value unchanged when it does not run past a line of the element.
 */
export function lineBoundValue(el: Element, value: string): string {
  if (!el.querySelector('br')) return value;
  for (const line of linesAtBreaks(el) ?? []) {
    const colon = line.indexOf(':');
    const rest = colon >= 0 ? line.slice(colon + 1).replace(/[\s,;|·•]+$/, '').trim() : '';
    if (rest && value.length > rest.length && value.startsWith(rest) && /\s/.test(value[rest.length] ?? '')) return rest;
  }
  return value;
}
