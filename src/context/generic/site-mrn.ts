import { cleanText } from '../parse/text';
import { RELATION } from './relation-words';

/**
 * A hospital prints its own record number under its abbreviation ("NVH MRN 2204-7731", "UCSF MRN:"), beside numbers
 * other sites gave: an abbreviation in capitals before "MRN" labels the record number. Never a word saying the
 * number is someone else's or no longer in use ("MOM MRN", "BABY MRN", "OLD MRN"), nor another label ("FIN MRN").
 */
const NOT_SITE = /^(?:mom|mum|dad|baby|infant|nb|old|prev|prior|former|alt|other|ext|temp|new|link(?:ed)?|merged|dup|mother|father)$/i;

export function siteMrnLabel(raw: string, isLabel: (key: string) => boolean): boolean {
  const m = /^(\p{Lu}{2,6})\s+(?:MRN|mrn|MR\s?#)\s*:?$/u.exec(cleanText(raw));
  const site = m?.[1];
  return !!site && !NOT_SITE.test(site) && !RELATION.test(site) && !isLabel(site.toLowerCase());
}
