/** ", Female," / ", male" as an item of its own between commas (or ending the line), never inside a word or a phrase. */
const SEX_ITEM = /,\s*(male|female)\s*(?=,|$)/i;

/**
 * A FHIR narrative written as one line of prose prints the sex as a comma-parted item among the labelled values after
 * the name ("Patient Jane DOE @ Acme, MR = 123457, DOB: 1944-12-30, Female, ph 262-555-0177"), not right after the
 * name, where readProse looks for it, nor last on the line. The first such item after the name's labels is the
 * patient's (a relative printed on the same line would come after, under a relation word readProse refuses).
 */
export function proseSexItem(afterName: string): string | null {
  return SEX_ITEM.exec(afterName)?.[1] ?? null;
}
