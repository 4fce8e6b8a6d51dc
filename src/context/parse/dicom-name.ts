/**
 * A DICOM person name (PS3.5 §6.2, VR "PN") as viewers, worklists and tag browsers print it: components parted by
 * "^" in the order family, given, middle, prefix, suffix ("DOE^JANE^M", "NG^MEI LING", "OKAFOR^CHIDI^^DR"), and
 * after "=" the same name in ideographic and phonetic script. Written as "FAMILY, GIVEN MIDDLE, SUFFIX" so the name
 * parser orders it; the prefix (a title) is dropped. Any other text is returned as it is.
 */
const PN = /^([^\s^=][^^=]*)\^([^^=]*)(?:\^([^^=]*))?(?:\^([^^=]*))?(?:\^([^^=]*))?(?:=.*)?$/;

export function fromDicomName(s: string): string {
  const m = PN.exec(s.trim());
  if (!m) return s;
  const [family, given, middle, , suffix] = m.slice(1).map((c) => (c ?? '').trim());
  if (!given) return s;
  return `${family}, ${[given, middle].filter(Boolean).join(' ')}${suffix ? `, ${suffix}` : ''}`;
}
