/**
 * An assessment's item code before its label ("(M0040) Patient Name", "M0066 Birth Date", "A0500 Legal
 * Name" in OASIS and MDS screens and their printouts): the label is the words after it.
 */
export const ITEM_CODE = /^\(?[A-Z]{1,2}\d{3,4}[A-Z]?\)?\.?\s+(?=\S)/;
