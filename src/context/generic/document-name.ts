/**
 * A name as charts and documents print it, the family name in capitals: "HERRERA, AMARA R" (VistA and
 * MEDITECH print no space: "HERRERA,AMARA R"),
 * "Walter Hiroshi FERREIRA", "Mary-Kate WAMBUI". Lists and menus print people in mixed case; the
 * capitals are a record's own convention, so such a name leading a line is evidence the line is a
 * record's header (with a record number or a birth date beside it, the caller's condition). The given
 * name has three letters at least: "SPRINGFIELD, IL" is a place.
 */
const FAMILY = "\\p{Lu}[\\p{Lu}'’-]+";
const GIVEN = "\\p{Lu}[\\p{Ll}'’]*(?:-\\p{Lu}?[\\p{Ll}'’]+)*\\.?";
export const DOCUMENT_NAME = new RegExp(`^(?:${FAMILY}(?: ${FAMILY})*, ?\\p{Lu}[\\p{L}'’.-]{2,}(?: \\p{Lu}[\\p{L}'’.-]*)*|${GIVEN}(?: ${GIVEN})* ${FAMILY})$`, 'u');
/** The cheap first test on a line's text, which such a name starts: "FAMILY, G…" or "Given FAMILY". */
export const DOCUMENT_NAME_SIGNAL = /^(?:\p{Lu}[\p{Lu}'’-]+, ?\p{Lu}|(?:\p{Lu}[\p{Ll}'’-]+ )+\p{Lu}['’\p{Lu}-]{2,})/u;
