/**
 * What marks each product's pages, apart from where it is served (sites.ts): the content script in
 * every EHR frame carries only these; the background matches URLs and names the candidates. The
 * demo EHR's markers stay in sites.ts, out of the store builds.
 */
export const PRODUCT_MARKERS = {
  'openemr': '#attendantData a.ptName',
  'openmrs3': '[class*="patientBanner"] [class*="patientName"]',
  'openmrs2': '.patient-header .demographics',
  'medplum': '[class*="_entry_"] > [class*="_key_"]',
  'salesforce-lightning': 'records-highlights2, records-record-layout-item',
  'hubspot': '[data-selenium-test="highlightTitle"]',
  'dynamics365': '[data-id="form-header"] [data-id="header_title"]',
  'hapi-fhir': '.hapiHeaderText',
  'ccda': 'table.header_table td.td_header_role_name',
};

