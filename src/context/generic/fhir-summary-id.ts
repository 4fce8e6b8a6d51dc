/**
 * The FHIR tooling's one-line Patient summary ends with the first identifier in brackets, as
 * `system#value` when it has no type to label it: "Jane Doe Female, DoB: 1950-01-05
 * ( https://hospital.example/sid/patients#P-4471)". Social security and national numbers are not the record number.
 */
export function summaryId(text: string): string | undefined {
  const m = /\(\s*(?:https?:\/\/|urn:)(\S*)#([^\s#()]+)\s*\)/.exec(text);
  return m && !/ssn|bsn|(?:113883\.4\.1|208\.176\.1\.2)$/i.test(m[1] as string) ? m[2] : undefined;
}
