/**
 * Hospital headers pair the age with the sex under one label ("Age/Sex: 66/M", "Age / Gender: 61 Y /
 * Female", a "Sex/Age" caption over "F / 69 yrs"): the sex is the one word left once the age is set
 * aside. Null unless exactly an age and a sex are there. The word as printed: the caller normalises it.
 */
const AGE_PART = /^(?:\d{1,3}\s*(?:y|yrs?|years?|yo|y\.o\.?)?|y|yrs?|years?|yo|y\.o\.?|old)$/i;

export function sexBesideAge(raw: string): string | null {
  const parts = raw.trim().replace(/^(\d{1,3})([mfMF])$/, '$1 $2').split(/[\s/,|·]+/).filter(Boolean);
  const rest = parts.filter((p) => !AGE_PART.test(p));
  if (rest.length !== 1 || parts.filter((p) => /\d/.test(p)).length !== 1) return null;
  return /^(?:m|f|male|female)$/i.test(rest[0] as string) ? (rest[0] as string) : null;
}
