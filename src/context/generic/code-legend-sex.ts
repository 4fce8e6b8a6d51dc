/**
 * Resident assessments (MDS 3.0 item A0800 "Gender", OASIS M0069) print the sex as the answer's code, with the item's
 * legend beside it: "Gender: 2   1. Male 2. Female". The code alone is no sex; the legend entry it names is. Only when
 * the value is a code followed by two or more numbered entries, and the code names exactly one of them.
 */
const CODE_THEN_LEGEND = /^(\d)\s+((?:\d\s*[.)=-]\s*[\p{L}-]+\s*){2,4})$/u;
const ENTRY = /(\d)\s*[.)=-]\s*([\p{L}-]+)/gu;

export function codeLegendSex<T extends string>(value: string, sexCode: (word: string) => T | null): T | null {
  const m = CODE_THEN_LEGEND.exec(value);
  if (!m) return null;
  const named = Array.from((m[2] as string).matchAll(ENTRY)).filter((e) => e[1] === m[1]);
  return named.length === 1 ? sexCode(named[0]![2] as string) : null;
}
