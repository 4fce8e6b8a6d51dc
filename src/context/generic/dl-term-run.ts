import { tagOf } from '../tag';

/**
 * A definition list laid out as a grid whose captions stand in a row above their values ("<dt>DOB</dt><dt>SEX</dt>
 * <dd>02/27/1993</dd><dd>F</dd>", phone-width summaries): the k-th term of a run of terms describes the k-th
 * description of the run that follows it, when the two runs are as long.
 */
export function termRunValue(term: Element): Element | null {
  // The run's last term too, whose next element is the first description, not its own.
  const inRun = (sib: Element | null) => !!sib && tagOf(sib) === 'DT';
  if (tagOf(term) !== 'DT' || (!inRun(term.nextElementSibling) && !inRun(term.previousElementSibling))) return null;
  let first = term;
  while (first.previousElementSibling && tagOf(first.previousElementSibling) === 'DT') first = first.previousElementSibling;
  const terms: Element[] = [];
  let cur: Element | null = first;
  for (; cur && tagOf(cur) === 'DT'; cur = cur.nextElementSibling) terms.push(cur);
  const values: Element[] = [];
  for (; cur && tagOf(cur) === 'DD'; cur = cur.nextElementSibling) values.push(cur);
  return values.length === terms.length ? (values[terms.indexOf(term)] ?? null) : null;
}
