import { cleanText } from '../parse/text';
import { RELATION } from './relation-words';

/**
 * A hospital prints its own record number under its abbreviation ("NVH MRN 2204-7731", "UCSF MRN:"), beside numbers
 * other sites gave: an abbreviation in capitals before "MRN" labels the record number. Never a word saying the
 * number is someone else's or no longer in use ("MOM MRN", "BABY MRN", "OLD MRN"), nor another label ("FIN MRN").
 */
const NOT_SITE = /^(?:mom|mum|dad|baby|infant|nb|old|prev|prior|former|alt|other|ext|temp|new|link(?:ed)?|merged|dup|mother|father)$/i;

export function siteMrnLabel(raw: string, isLabel: (key: string) => boolean): boolean {
  const text = cleanText(raw);
  const m = /^(\p{Lu}{2,6})\s+(?:MRN|mrn|MR\s?#)\s*:?$/u.exec(text);
  const site = m?.[1];
  if (site) return !NOT_SITE.test(site) && !RELATION.test(site) && !isLabel(site.toLowerCase());
  return siteNameMrn(text, isLabel);
}

/**
 * An HIE's or record locator's page names the local record number by the organisation spelled out ("Pinecrest MRN:",
 * "Maple Ridge MRN"): one to three capitalised words, each none of the words above and no label of its own.
 */
function siteNameMrn(text: string, isLabel: (key: string) => boolean): boolean {
  const m = /^((?:\p{Lu}\p{Ll}+\s+){1,3})(?:MRN|MR\s?#)\s*:?$/u.exec(text);
  const words = m?.[1]?.trim().split(/\s+/) ?? [];
  return words.length > 0 && words.every((w) => !NOT_SITE.test(w) && !NOT_SITE_WORD.test(w) && !RELATION.test(w) && !isLabel(w.toLowerCase())) && !isLabel(words.join(' ').toLowerCase());
}

/** Spelled-out words that say the number is an old, another's or a secondary one ("Previous MRN", "Maternal MRN"). */
const NOT_SITE_WORD = /^(?:previous|alternate|legacy|retired|inactive|secondary|newborn|maternal|paternal|guarantor|their|duplicate|deceased)$/i;
