import { shortText } from '../parse/text';

/**
 * Client profiles print the sex on the line right after the birth date, bare, often with the client's pronouns
 * ("Born Jul 8, 1995 (31)" then "Male (he/him)"): the line that holds nothing but a sex word (and pronouns) there is
 * the client's sex. Anywhere else a bare "Female" may be a filter's option or a relative's.
 */
const SEX_LINE = /^(female|male|non-?binary|intersex|unknown)(?:\s*\((?:she|he|they|ze|xe|ey|fae)\/[a-z/]+\))?$/i;

export function sexAfterBirth(dobEl: Element): string | null {
  const line = lineOf(dobEl);
  const next = line?.nextElementSibling;
  if (!next || next.childElementCount > 0) return null;
  return SEX_LINE.exec(shortText(next, 40) ?? '')?.[1] ?? null;
}

/** The birth date's line: its element, or the wrapper whose whole text it is. */
function lineOf(el: Element): Element | null {
  let line: Element = el;
  for (let p = el.parentElement, k = 0; p && k < 2 && shortText(p, 80) === shortText(el, 80); p = p.parentElement, k++) line = p;
  return line;
}
