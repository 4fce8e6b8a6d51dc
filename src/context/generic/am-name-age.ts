import { YEARS } from './age-years';

/** "Ozturk, Emre, 45 yo M", "Jane Doe 45 y/o F": an age and sex printed after the name in the name's own element. */
const AGE_SEX_TAIL = new RegExp(`,?\\s+\\d{1,3}\\s*${YEARS}\\s*[,/]?\\s*(?:male|female|[mf])$`, 'i');

export function withoutAgeSex(text: string): string {
  return text.replace(AGE_SEX_TAIL, '');
}
