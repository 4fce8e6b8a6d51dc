import { matchLabel } from './labels';

/**
 * A caption after a gap of two or more spaces on a host screen's row, its colon, and its value up to the next such gap:
 * "SEX: F        MAR ST: W", "ADM DT: 12/03/26  ADM TM: 1422". Only a gap parts fields there; words alone do not.
 */
const GAP_FIELD = /(?<=\S)([ \u00a0]{2,})([A-Za-z#][\w#/&.'-]*(?: [\w#/&.'-]+){0,3})[ \u00a0]*:(?=[ \u00a0]|$)(?:[ \u00a0]?\S+)*/g;

/**
 * A terminal's screen row lays out its fields by columns: a value ends at the gap before the next caption, known or not.
 * Ours are read from the row once its spacing is gone, where an unknown caption ("MAR ST:", "PT TYPE:") and its value
 * would run on into the value before ("SEX: F MAR ST: W"): each such field is dropped while the gaps still tell where it
 * ends, so the value before it ends there. A caption of ours is kept with its value, and a row's leading caption too.
 */
export function withoutUnknownFields(row: string): string {
  if (!row.includes(':')) return row;
  return row.replace(GAP_FIELD, (field: string, gap: string, caption: string) => (matchLabel(caption) ? field : gap));
}
