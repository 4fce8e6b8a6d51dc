import type { LabelRule } from './labels';

/**
 * Label spellings of care outside the hospital (home health, hospice, behavioural health, social care,
 * Medicaid waiver and PACE case management), ahead of the general rules in labels.ts:
 * - the numbers of a record's other things (an authorization, a referral, a monitoring device, a service
 *   plan) and the client's Medicare number, which a page prints beside the record number: never the
 *   record number, and they end the value before them;
 * - a staff member's own fields (employee number, hire date, licence, credentials, NPI), which mark a
 *   colleague's profile (`staff`: see hc-staff-record.ts);
 * - "Consumer", as aging-services programs call their client, labelling the name;
 * - the record number as agencies label it ("Patient ID/MR Number", "Patient MR #", "PACE ID"); a "Program ID" is not:
 *   grant-funded programmes (home visiting, Healthy Start, screening programmes) print their own site's or model's id
 *   so, beside the people they serve, and it ends the value before it;
 * - a Medicaid number, the one identifier a waiver case manager's pages show: weaker than a record
 *   number and than a plan's member number, so either wins beside it.
 */
export const HC_LABEL_RULES: readonly LabelRule[] = [
  { field: null, re: /^(?:employee|staff|clinician) ?(?:#|id|no\.?|number)$|^(?:date of )?hire(?: date)?$|^licen[cs]e ?(?:#|no\.?|number)?$|^credentials?$|^npi(?: ?#| number)?$/, staff: true },
  { field: null, re: /^(?:authori[sz]ation|auth\.?|referral|device|service plan|request|ticket) ?(?:#|id|no\.?|number)$|^(?:medicare|mbi|hicn) ?(?:#|id|no\.?|number)$|^(?:mbi|hicn)$/ },
  { field: 'name', re: /^consumer$/, bare: true },
  { field: null, re: /^program ?(?:#|id|no\.?|number)$/ },
  { field: 'mrn', re: /^pace ?(?:#|id|no\.?|number)$|^(?:(?:patient|client) )?mr ?(?:#|no\.?|number)$|^(?:patient|client) id(?: ?\/ ?mrn?)?(?: ?(?:#|no\.?|number))?$/ },
  { field: 'mrn', re: /^(?:medicaid|mcd) ?(?:#|id|no\.?|number)$/, weak: 0.7 },
];
