import { hintWords, namesClient } from './hints';

/**
 * "<span class=patient-name>Ramesh Kumar Sahu</span><span class=patient-id>GAN200457</span>": a header
 * that prints the number bare, with only its markup saying what it is, right after the element its
 * markup calls the patient's name. The number is the name's own; a list of such pairs gives several
 * numbers, which makes the page a list. True when `el`, holding `text`, is such a number.
 */
const ID_SHAPE = /^[A-Za-z]{0,6}-?\d[\w-]{3,20}$/;
const ID_HINT = /\b(?:(?:patient|pt|member|client|person|record|chart) (?:id|identifier|number|no)|mrn)\b/;

export function hintedId(el: Element, text: string): boolean {
  const prev = el.previousElementSibling;
  return ID_SHAPE.test(text) && !!prev && ID_HINT.test(hintWords(el)) && namesClient(hintWords(prev));
}
