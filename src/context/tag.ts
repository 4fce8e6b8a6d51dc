/**
 * An element's tag name in capitals, as HTML documents give it. An XHTML document gives it as written,
 * in lower case: the HL7 CDA stylesheet (4.x) writes XHTML, so a browser opening a C-CDA file that
 * names it renders an XML document whose `td` is not a `TD`.
 */
export const tagOf = (el: Element): string => el.tagName.toUpperCase();
