/**
 * Some stores keep a patient's name only whole, as the chart prints it: Cerner Millennium's `nameFullFormatted`
 * ("ESPINOZA-TAKAHASHI, LUIS"), an app's `fullName` or `displayName` ("Luis Espinoza-Takahashi"). Parted back into
 * given and family names (a comma puts the family name first; else it is the last word), so the record's other
 * facts (a phone the banner does not print) are read as a store's patient's. Only words of letters: a label,
 * an id or a sentence is no name.
 */
export const WHOLE_NAME_KEYS = 'nameFullFormatted fullNameFormatted fullName nameFull formattedName displayName patientName';

const WORD = /^\p{L}[\p{L}'’.-]*$/u;

export function partedName(whole: string): { given: string; middle?: string; family: string } | undefined {
  if (whole.length > 80) return undefined;
  const comma = whole.split(',');
  if (comma.length > 2) return undefined;
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const [family, given] = comma.length === 2 ? [words(comma[0] as string), words(comma[1] as string)] : [words(whole).slice(-1), words(whole).slice(0, -1)];
  if (family.length === 0 || given.length === 0 || given.length > 3 || family.length > 3 || ![...family, ...given].every((w) => WORD.test(w))) return undefined;
  const middle = given.slice(1).join(' ');
  return { given: given[0] as string, ...(middle ? { middle } : {}), family: family.join(' ') };
}
