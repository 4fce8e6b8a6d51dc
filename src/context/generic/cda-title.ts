/**
 * A document's title names its type after a stay word: "Discharge Summary (March 9, 2025)", the HL7 CDA
 * stylesheet's heading with the document's own date. The word after "Discharge" says it is a title,
 * and the date the document's, never the discharge's.
 */
export const DOCUMENT_TYPE = /^(?:summary|instructions?|notes?|letter|report|papers)$/i;
