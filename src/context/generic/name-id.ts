import { parseDate } from '../parse/dates';
import { matchLabel } from './labels';
import { ID_AFTER_NAME } from './line';
import { RELATION } from './relation-words';

/**
 * Resident and chart headers print the record number in brackets right after the name ("KOWALCZYK,
 * Teodora (100234)", "OYELARAN, Bisi (Resident # 200418)"): the name is judged without it (a bracketed
 * number is no name's word), and the number is the record's own; with a label in the brackets ("(ID W66120045)" needs no colon), only a
 * record number's label. A bracketed date is a birth date, not an identifier.
 */
const LABELLED_ID = /\(\s*([^()#:]{2,24}?\s*[#:]|[A-Za-z][A-Za-z .]{1,20}?(?=\s))\s*([A-Za-z]{0,4}-?\d[\w-]{2,20})\s*\)\s*$/;

/** A chart's "#" number after the name ("FAMILY, Given #7730019"). */
const HASH_AFTER = /\s#\s?([A-Za-z]{0,4}-?\d[\w-]{2,20})$/;
/** The name the client goes by, in brackets or quotes after the legal one ("Rosalind (Roz)", "Margarethe \"Greta\""); never a relation. */
const USED_NAME = /\s(?:\((\p{Lu}\p{Ll}+)\)|"(\p{Lu}\p{Ll}+)")(?=\s|$)/u;

export function splitIdAfterName(raw: string): { name: string; id?: string } {
  const used = USED_NAME.exec(raw);
  const text = used && !RELATION.test(used[0]) ? raw.replace(used[0], '') : raw;
  const hash = HASH_AFTER.exec(text);
  if (hash) return { name: text.slice(0, hash.index).trim(), id: hash[1] as string };
  const l = LABELLED_ID.exec(text);
  const m = l && matchLabel(l[1] as string)?.field === 'mrn' ? [l[0], l[2]] : ID_AFTER_NAME.exec(text);
  const name = m ? text.slice(0, text.length - (m[0] as string).length).trim() : '';
  return m && name && !parseDate(m[1] as string) ? { name, id: m[1] as string } : { name: text };
}
