import type { RawPair } from './line';
import { SHAPE } from './labels';

/**
 * A document addressed to the client opens by naming them with their birth date, no colon between
 * ("Prepared for Jane Doe, date of birth 01/02/1950, MRN 123456"): the name the opening phrase
 * introduces, then the birth date its words label at once, then perhaps the record number. The name must be two to four
 * capitalised words right after the phrase; a date met later in the sentence is not read.
 */
const OPENING = /^(?:prepared|printed|written|created|produced|summary|letter|report|instructions) for\s+/i;
const ADDRESSED = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*[,(]\s*(?:date of birth|birth ?date|dob|d\.o\.b\.?|born)\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4})/u;
const MRN_AFTER = /^\s*[,)]?\s*[,;]?\s*(?:mrn|mr\s?#|medical record (?:number|no\.?|#))\s*[:#]?\s*([A-Za-z]{0,4}-?\d[\w-]{2,19})/i;

export function addressedProse(text: string): RawPair[] | null {
  const opening = OPENING.exec(text);
  const rest = opening ? text.slice(opening[0].length) : '';
  const m = ADDRESSED.exec(rest);
  if (!m) return null;
  const pairs: RawPair[] = [
    { rule: SHAPE.name, raw: m[1] as string, how: 'document addressed to the client' },
    { rule: SHAPE.dob, raw: m[2] as string, how: 'document addressed to the client, birth date' },
  ];
  const id = MRN_AFTER.exec(rest.slice(m[0].length));
  if (id) pairs.push({ rule: SHAPE.mrn, raw: id[1] as string, how: 'document addressed to the client, record number' });
  return pairs;
}
