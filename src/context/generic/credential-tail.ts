/**
 * "Kenji Morrow, RMT", "Brett Callahan, PT": a name with a clinician's credential set off after it is a colleague's (a
 * calendar column, a care-team card, a signature). Clients are never written with one, so such a text is never taken
 * for the client's name, however near the record it stands.
 */
const CREDENTIAL_TAIL =
  /,\s*(?:md|do|rn|bsn|np|pa|pa-?c|aprn|fnp(?:-c)?|dnp|crnp|phd|psyd|lcsw|licsw|lmsw|lmft|lpc|lmhc|msw|lpn|lvn|cna|cma|pharmd|rph|dds|dmd|dpt|pt|pta|ot|otr(?:\/l)?|cota|slp|ccc-slp|rmt|lmt|dc|od|rd|rdn|bcba|ccm)\.?(?:\s*,\s*[a-z-]{2,8}\.?)*\s*$/i;

export function credentialTail(text: string): boolean {
  return CREDENTIAL_TAIL.test(text);
}
