import { shortText } from '../parse/text';

/** Obstetric words: gravida and para, a "G2 P1001" count, gestational age, the last menstrual period. */
const OBSTETRIC = /\bgravida\b|\bG\d{1,2}\s*P\d{1,4}\b|\bgestation(?:al)?\b|\bLMP\b|\bweeks pregnant\b|\bprenatal\b|\bantenatal\b/i;

/**
 * "EDD" is an expected discharge date on a ward's board, but the estimated date of delivery in a pregnant client's
 * record: where the block around the label counts her pregnancies or her gestation, the date is her due date, never
 * a discharge.
 */
export function dueDateLabel(how: string, el: Element): boolean {
  if (!/\bedd\b/i.test(how)) return false;
  for (let cur: Element | null = el.parentElement, k = 0; cur && k < 4; cur = cur.parentElement, k++) {
    if (OBSTETRIC.test(shortText(cur, 2000, 400) ?? '')) return true;
  }
  return false;
}
