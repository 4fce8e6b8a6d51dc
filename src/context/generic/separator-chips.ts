/**
 * Banners built from chips often print each separator as an element of its own (`<span class="dot">•</span>`
 * between the chips), which doubles the children a line is judged by: seven chips and their six dots are
 * thirteen children, past the cap at which an element is taken for a list rather than one line, and the banner
 * was not read at all. A child that holds only a separator mark is no chip.
 */
const SEPARATOR = /^[•·|/\u2013\u2014\u2022\u00b7\u2219\u25cf,;-]$/;

/** The element's children that are not separators, counted up to just past `cap`. */
export function chipsBetweenSeparators(el: Element, cap: number): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n <= cap; c = c.nextElementSibling) {
    if (c.firstElementChild || !SEPARATOR.test((c.textContent ?? '').trim())) n++;
  }
  return n;
}
