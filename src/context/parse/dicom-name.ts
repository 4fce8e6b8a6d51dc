/**
 * A DICOM person name (PS3.5 §6.2, VR "PN") as viewers, worklists and tag browsers print it: components parted by
 * "^" in the order family, given, middle, prefix, suffix ("DOE^JANE^M", "NG^MEI LING", "OKAFOR^CHIDI^^DR"), and
 * after "=" the same name in ideographic and phonetic script. Written as "FAMILY, GIVEN MIDDLE, SUFFIX" so the name
 * parser orders it; the prefix (a title) is dropped. Any other text is returned as it is.
 */
const PN = /^([^\s^=][^^=]*)\^([^^=]*)(?:\^([^^=]*))?(?:\^([^^=]*))?(?:\^([^^=]*))?(?:=.*)?$/;

/**
 * A message parser prints the value, then its components one per line ("DOE^JANE^M" over "DOE", "JANE", "M"), and a
 * cell's text may run the two together with no break between them ("DOE^JANE^MDOE JANE M"): when the letters after a
 * caret-joined value only repeat its own, they are that breakdown, not more of the name.
 */
const SEPARATOR = /[\s^]/;

function withoutBreakdown(s: string): string {
  if (!/^\S*\^/.test(s)) return s;
  const letters = s.replace(/[\s^]+/g, '');
  const half = letters.length / 2;
  if (half === 0 || !Number.isInteger(half) || letters.slice(0, half) !== letters.slice(half)) return s;
  let i = 0;
  for (let seen = 0; i < s.length && seen < half; i++) if (!SEPARATOR.test(s[i] as string)) seen++;
  return s.slice(0, i);
}

export function fromDicomName(raw: string): string {
  const s = withoutBreakdown(raw.trim());
  const m = PN.exec(s);
  if (!m) return s;
  const [family, given, middle, , suffix] = m.slice(1).map((c) => (c ?? '').trim());
  if (!given) return s;
  return `${family}, ${[given, middle].filter(Boolean).join(' ')}${suffix ? `, ${suffix}` : ''}`;
}
