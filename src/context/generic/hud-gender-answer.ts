/**
 * HMIS screens (HUD data standards 2024, element 3.06) print the gender answer with its gloss for children,
 * "Woman (Girl, if child)" / "Man (Boy, if child)", and, the element being multi-select, may add further
 * answers after a semicolon ("Woman (Girl, if child); Transgender"). The gloss is no other sex; the added
 * "Transgender" or "Questioning" names none; any other added answer (Non-Binary, Man beside Woman, ...)
 * leaves the value to be read as printed.
 */
const CHILD_GLOSS = /\s?\((?:girl|boy),?\s*if\s+child\)/gi;
const NAMES_NO_SEX = /^(?:transgender|questioning)$/i;

export function hudGenderAnswer(value: string, sexCode: (part: string) => 'F' | 'M' | 'X' | 'U' | null): 'F' | 'M' | null {
  const bare = value.replace(CHILD_GLOSS, '');
  if (bare === value) return null;
  const codes = bare.split(/\s*;\s*/).filter((part) => !NAMES_NO_SEX.test(part)).map(sexCode);
  const [code] = codes;
  return (code === 'F' || code === 'M') && codes.every((c) => c === code) ? code : null;
}
