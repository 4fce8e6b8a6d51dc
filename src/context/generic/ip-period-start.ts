/**
 * "Encounter … from 3/1/2025 to 3/9/2025" dates a stay; "Admitted with sepsis from a urinary source. His
 * daughter … (DOB 02/02/1980)" is a hospital course's sentences, and the date its "from" would start with is
 * in the next sentence (a relative's birth date, read as a second admission, had the labelled one dropped).
 * A period's first date is in the sentence that opens it.
 */
export const datedPeriod = (raw: string): boolean => !/[a-z]{2}\.\s+\p{Lu}/u.test(raw.split(/\d/)[0] as string);
