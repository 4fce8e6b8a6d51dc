/** "Ozturk, Emre, 45 yo M", "Jane Doe 45 y/o F": an age and sex printed after the name in the name's own element. */
const AGE_SEX_TAIL = /,?\s+\d{1,3}\s*(?:y\.?\s?o\.?|y\/o|yrs?|years?(?: old)?|y)\.?\s*[,/]?\s*(?:male|female|[mf])$/i;

export function withoutAgeSex(text: string): string {
  return text.replace(AGE_SEX_TAIL, '');
}
