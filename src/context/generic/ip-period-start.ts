/**
 * "Encounter … from 3/1/2025 to 3/9/2025" dates a stay; "Admitted with sepsis from a urinary source. His
 * daughter … (DOB 02/02/1980)" is a hospital course's sentence, whose "from" starts no period: read as one,
 * a relative's birth date became a second admission and the labelled one was dropped. A period starts with
 * its date.
 */
export const datedPeriod = (raw: string): boolean => /^(?:from\s+)?(?:\d|[a-z]{3,9}\.?\s+\d)/i.test(raw);
