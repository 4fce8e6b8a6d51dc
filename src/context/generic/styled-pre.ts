/**
 * A report printed as fixed-width text is not always a <pre>: report viewers and print previews set a <div> to
 * `white-space: pre` / `pre-wrap` in their stylesheet and put the report's lines in it as one text. Its line breaks
 * part its rows as a <pre>'s do (a running header's title row, patient row and stay row), so it is read as one. Only a
 * block of text alone (no child elements) with two lines at least is asked its style: a computed style costs.
 */
const KEEPS_BREAKS = /^(?:pre|pre-wrap|pre-line|break-spaces)$/;

export function styledPre(el: Element): boolean {
  if (el.firstElementChild || !/\S[^\n]*\n[^\S\n]*\S/.test(el.textContent?.slice(0, 4000) ?? '')) return false;
  const view = el.ownerDocument.defaultView;
  return !!view && KEEPS_BREAKS.test(view.getComputedStyle(el).whiteSpace);
}
