/**
 * The FHIR tooling's one-line Patient summary ends with the first identifier in brackets, as
 * `system#value` when it has no type to label it: "Jane Doe Female, DoB: 1950-01-05
 * ( https://hospital.example/sid/patients#P-4471)", or `system#type#value` with its type's code
 * ("urn:oid:2.16.756.5.32#AHVN13#756…"). Social security, national and health insurance numbers are
 * not the record number, known by their system or that type (the Swiss AHV, the Philippine
 * PhilHealth number, the German insurance number).
 */
const NOT_RECORD = /ssn|bsn|ahvn?|avs|social|national|insur|philhealth|kvid|(?:113883\.4\.1|208\.176\.1\.2|2\.16\.756\.5\.32)(?:#|$)/i;

export function summaryId(text: string): string | undefined {
  const m = /\(\s*(?:https?:\/\/|urn:)(\S*)#([^\s#()]+)\s*\)/.exec(text);
  return m && !NOT_RECORD.test(m[1] as string) ? m[2] : undefined;
}
