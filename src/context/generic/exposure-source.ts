/**
 * An occupational exposure report (a needlestick, a splash, an airborne exposure) is about the exposed employee, and
 * it names the source of the exposure in a block of its own: "Source Patient", "Source Individual", "Source Person",
 * with that person's own name, MRN, birth date and phone, which are the hospital's patient's, never the employee's.
 * The heading makes the block another person's as a guarantor's or a relative's does (scr-others-section.ts).
 */
export const EXPOSURE_SOURCE = '\\bsource (?:patient|individual|person|client|of (?:the )?exposure)\\b';
