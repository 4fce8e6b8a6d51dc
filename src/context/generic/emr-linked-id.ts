/**
 * Third-party platforms linked to a chart (remote monitoring, telehealth, care coordination) print their own
 * "Patient ID" beside the chart's number they are linked to ("Patient ID: HRS-448120 · EMR ID: E7731904"): both are
 * the one patient's, and the EMR's (or EHR's) is the medical record number. Two identifier labels disagreeing would
 * otherwise cancel each other; when exactly one value is labelled as the EMR's, it is the record number.
 */
const EMR_LABEL = /\blabel "(?:[^"]*\b)?(?:emr|ehr)\b[^"]*"/i;

export function emrLinkedId<P extends { field: string; value: string; how: string }>(pairs: P[]): P[] {
  const ids = pairs.filter((p) => p.field === 'mrn');
  if (new Set(ids.map((p) => p.value)).size < 2) return pairs;
  const emr = new Set(ids.filter((p) => EMR_LABEL.test(p.how)).map((p) => p.value));
  if (emr.size !== 1) return pairs;
  return pairs.filter((p) => p.field !== 'mrn' || emr.has(p.value));
}
