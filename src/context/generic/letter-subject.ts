/**
 * A letter's subject caption ('<b>Re:</b> Jane Doe, DOB …') opens the line that names whom the letter is about. Printed
 * without its colon ("RE  Kowalczyk, Daniel · DOB …", as many letter templates do) it is the same caption, never a name
 * leading the line.
 */
export const SUBJECT_CAPTION = /^re:?$/i;
