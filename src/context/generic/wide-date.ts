/**
 * OpenMRS 3's "wide" date format sets a date's parts apart by spaced dashes ("17 — Mar — 1997"), the banner's
 * birth date among its sex and age. A spaced dash also parts a banner line's values, so the line would read
 * "17", "Mar" and "1997" as three tokens and the birth date as none: the date's dashes are its own.
 */
const WIDE_DATE = /\b(\d{1,2})\s+[–—]\s+([A-Za-z]{3,9}\.?)\s+[–—]\s+(\d{4})\b/g;

export const joinWideDate = (text: string): string => text.replace(WIDE_DATE, '$1-$2-$3');
