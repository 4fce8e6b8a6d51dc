import { cleanText } from '../parse/text';
import { matchLabel } from './labels';
import { tagOf } from '../tag';

/**
 * "<b>Enrolment Ref</b> 2041187 <b>Gender</b> F <b>DOB</b> …": a run styled like the runs holding its line's known
 * labels and followed by a value of its own (a number, a code, a letter) styled apart from it is one more caption,
 * whatever its words: no reader knows every caption a product prints. A name in a banner line is styled apart from
 * the captions after it, or has no value of its own before the first label ("<b>Jane Doe</b> <b>DOB</b> …").
 */
const VALUE = /\d|^\p{L}$/u;
/** Enough runs for a line of captioned values (tokensOf reads at most 20 tokens). */
const MAX_RUNS = 40;

const styleOf = (el: Element): string => `${tagOf(el)}.${el.getAttribute('class') ?? ''}`;
const textOf = (el: Element): string => cleanText(el.textContent ?? '');
/** The line's innermost elements, where its captions and values are printed. */
const runsOf = (line: Element): Element[] => Array.from(line.querySelectorAll('*')).slice(0, MAX_RUNS).filter((el) => el.childElementCount === 0);

function captionIn(run: Element, line: Element, value: string | undefined): boolean {
  if (value === undefined || !VALUE.test(value) || matchLabel(value)) return false;
  const style = styleOf(run);
  const alike = runsOf(line).filter((el) => el !== run && styleOf(el) === style);
  return alike.some((el) => matchLabel(textOf(el)) !== null) && !alike.some((el) => textOf(el) === value);
}

/** The line's first token, a candidate name, is such a caption (its tokens as tokensOf reads them). */
export function captionLead(line: Element, tokens: readonly string[]): boolean {
  const [lead, value] = tokens;
  const run = runsOf(line).find((el) => textOf(el) === lead);
  return !!run && captionIn(run, line, value);
}

/** A bold run, a candidate name, is such a caption in its parent's line. */
export function captionRun(run: Element): boolean {
  const line = run.parentElement;
  if (!line || run.childElementCount > 0) return false;
  const next = run.nextSibling;
  const after = next?.nodeType === 3 && cleanText(next.nodeValue ?? '') ? next.nodeValue : run.nextElementSibling?.textContent;
  return captionIn(run, line, cleanText(after ?? '').split(' ')[0]);
}
