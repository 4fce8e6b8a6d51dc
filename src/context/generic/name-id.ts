import { parseDate } from '../parse/dates';
import { ID_AFTER_NAME } from './line';

/**
 * Resident and chart headers print the record number in brackets right after the name ("KOWALCZYK,
 * Teodora (100234)"): the name is judged without it (a bracketed number is no name's word), and the
 * number is the record's own. A bracketed date is a birth date, not an identifier.
 */
export function splitIdAfterName(text: string): { name: string; id?: string } {
  const m = ID_AFTER_NAME.exec(text);
  const name = m ? text.slice(0, m.index).trim() : '';
  return m && name && !parseDate(m[1] as string) ? { name, id: m[1] as string } : { name: text };
}
