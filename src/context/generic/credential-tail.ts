/**
 * "Kenji Morrow, RMT", "Brett Callahan, PT": a name with a clinician's credential set off after it is a colleague's (a
 * calendar column, a care-team card, a signature). Clients are never written with one, so such a text is never taken
 * for the client's name, however near the record it stands.
 */
const CREDENTIAL_TAIL =
  /,\s*(?:md|do|rn|bsn|np|pa|pa-?c|aprn|fnp(?:-c)?|dnp|crnp|phd|psyd|lcsw|licsw|lmsw|lmft|lpc|lmhc|msw|lpn|lvn|cna|cma|pharmd|rph|dds|dmd|dpt|pt|pta|ot|otr(?:\/l)?|cota|slp|ccc-slp|rmt|lmt|dc|od|rd|rdn|bcba|ccm)\.?(?:\s*,\s*[a-z-]{2,8}\.?)*\s*$/i;

/**
 * Given name and family name before the comma: in "FAMILY, Given" order a one-word family name is followed by the given
 * name, and some given names are spelt like a credential ("VANG, Pa", "Kim, Do").
 */
const GIVEN_AND_FAMILY = /^\s*\S+\s+\S+[^,]*,/;

export function credentialTail(text: string): boolean {
  return GIVEN_AND_FAMILY.test(text) && CREDENTIAL_TAIL.test(text);
}
