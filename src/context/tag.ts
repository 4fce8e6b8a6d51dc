/** Tag names in capitals by tag name as given: a read asks several times per element, and upper-casing is a runtime call each time. */
const UPPER = new Map<string, string>();

/**
 * An element's tag name in capitals, as HTML documents give it. An XHTML document gives it as written,
 * in lower case: the HL7 CDA stylesheet (4.x) writes XHTML, so a browser opening a C-CDA file that
 * names it renders an XML document whose `td` is not a `TD`.
 */
export const tagOf = (el: Element): string => {
  const name = el.tagName;
  let upper = UPPER.get(name);
  if (upper === undefined) {
    // Bounded: a page can name custom elements without end.
    if (UPPER.size >= 500) UPPER.clear();
    UPPER.set(name, (upper = name.toUpperCase()));
  }
  return upper;
};
