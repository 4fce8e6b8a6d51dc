/**
 * What marks each product's pages, apart from where it is served (sites.ts): the content script in
 * every EHR frame carries only these; the background matches URLs and names the candidates. The
 * demo EHR's markers stay in sites.ts, out of the store builds. Named constants, so that a site's
 * match (and with it an adapter script) names its own marker without reading this table.
 */
export const OPENEMR_MARKER = '#attendantData a.ptName';
export const OPENMRS3_MARKER = '[class*="patientBanner"] [class*="patientName"]';
export const OPENMRS2_MARKER = '.patient-header .demographics';
export const MEDPLUM_MARKER = '[class*="_entry_"] > [class*="_key_"]';
export const SALESFORCE_LIGHTNING_MARKER = 'records-highlights2, records-record-layout-item';
export const HUBSPOT_MARKER = '[data-selenium-test="highlightTitle"]';
export const DYNAMICS365_MARKER = '[data-id="form-header"] [data-id="header_title"]';
export const HAPI_FHIR_MARKER = '.hapiHeaderText';
export const CCDA_MARKER = 'table.header_table td.td_header_role_name';

export const PRODUCT_MARKERS = {
  'openemr': OPENEMR_MARKER,
  'openmrs3': OPENMRS3_MARKER,
  'openmrs2': OPENMRS2_MARKER,
  'medplum': MEDPLUM_MARKER,
  'salesforce-lightning': SALESFORCE_LIGHTNING_MARKER,
  'hubspot': HUBSPOT_MARKER,
  'dynamics365': DYNAMICS365_MARKER,
  'hapi-fhir': HAPI_FHIR_MARKER,
  'ccda': CCDA_MARKER,
};
