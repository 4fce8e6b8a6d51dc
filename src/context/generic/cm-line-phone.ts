/**
 * A phone number as a banner line prints it without a label ("F · 76 y · 05/19/1950 · ID 40028815 ·
 * (313) 555-0161"): a line of the client's identity values gives the client's phone. It is no evidence
 * that the line is a banner: a list's rows print phones too.
 */
export const PHONE_CHIP = /^(?:\p{So}\uFE0F?\s*)?(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/u;

/** "<i>•</i>": an italic element holding only a separator between a line's values, which labels none of them. */
const SEPARATOR = /^\s*[·•|/–—-]\s*$/;

/**
 * Only the line's one such number, and only where no icon may label it (a fax's, a pager's): two numbers
 * do not say which is the client's.
 */
export function onePhone<P extends { rule: unknown }>(pairs: P[], shape: unknown, el: Element): P[] {
  const phones = pairs.filter((p) => p.rule === shape).length;
  const icon = [...el.querySelectorAll('i, svg')].some((i) => !SEPARATOR.test(i.textContent ?? ''));
  return phones === 0 || (phones === 1 && !icon) ? pairs : pairs.filter((p) => p.rule !== shape);
}
