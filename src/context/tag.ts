/** Each tag name's capitals, asked for several times per element a read looks at: a lookup is cheaper than a copy. */
const CAPITALS = new Map<string, string>();

/**
 * An element's tag name in capitals, as HTML documents give it. An XHTML document gives it as written,
 * in lower case: the HL7 CDA stylesheet (4.x) writes XHTML, so a browser opening a C-CDA file that
 * names it renders an XML document whose `td` is not a `TD`.
 */
export const tagOf = (el: Element): string => {
  const name = el.tagName;
  let upper = CAPITALS.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    // A page can make tag names without end: past this many, they are not kept.
    if (CAPITALS.size < 500) CAPITALS.set(name, upper);
  }
  return upper;
};
