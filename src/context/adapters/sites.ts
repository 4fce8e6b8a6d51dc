import type { AdapterMatch } from './types';

/**
 * Where each site is served and what marks its pages, kept apart from the adapters: the content script
 * in every EHR frame carries these few lines, and importing an adapter would bring its field rules
 * along (a spread or a helper call is code the minifier must keep). No build-time flag is read
 * here: adapters import their match from this file in every build and in tests.
 */

export const demoClassicMatch: AdapterMatch = {
  id: 'demo-classic',
  paths: [/^\/classic\/chart\/[^/]+\/?$/],
  marker: 'table#pt-header',
};

export const demoAppMatch: AdapterMatch = {
  id: 'demo-app',
  paths: [/^\/app(?:\/.*)?$/],
  marker: '#app-root',
};

export const openemrMatch: AdapterMatch = {
  id: 'openemr',
  paths: [/^(?:\/[^/]+)*\/interface\/main\/tabs\/main\.php$/],
  marker: '#attendantData a.ptName',
};

export const openmrs3Match: AdapterMatch = {
  id: 'openmrs3',
  paths: [/^(?:\/[^/]+)*\/spa\/patient\/[\w-]+\/chart(?:\/.*)?$/],
  marker: '[class*="patientBanner"] [class*="patientName"]',
};

export const openmrs2Match: AdapterMatch = {
  id: 'openmrs2',
  paths: [/^(?:\/[^/]+)*\/coreapps\/(?:clinicianfacing\/patient|patientdashboard\/patientDashboard)\.page$/],
  marker: '.patient-header .demographics',
};

export const medplumMatch: AdapterMatch = {
  id: 'medplum',
  paths: [/^\/Patient\/[A-Za-z0-9\-.]{1,64}(?:\/[\w-]*)?$/],
  marker: '[class*="_entry_"] > [class*="_key_"]',
};

export const salesforceLightningMatch: AdapterMatch = {
  id: 'salesforce-lightning',
  hosts: /^[a-z0-9-]+(?:--[a-z0-9]+(?:\.sandbox)?)?\.(?:lightning\.force\.com|my\.salesforce\.com)$/,
  paths: [/^\/lightning\/r\/\w+\/[A-Za-z0-9]{15,18}\/(?:view|edit)$/],
  marker: 'records-highlights2, records-record-layout-item',
};

export const hubspotMatch: AdapterMatch = {
  id: 'hubspot',
  hosts: /^app(?:-[a-z]{2}\d)?\.hubspot\.com$/,
  paths: [/^\/contacts\/\d+\/(?:contact|record\/0-1)\/\d+(?:\/.*)?$/],
  marker: '[data-selenium-test="highlightTitle"]',
};

export const dynamics365Match: AdapterMatch = {
  id: 'dynamics365',
  hosts: /^[a-z0-9-]+\.crm\d{0,2}\.dynamics\.com$/,
  paths: [/^\/main\.aspx\?(?=.*\bpagetype=entityrecord\b)/],
  marker: '[data-id="form-header"] [data-id="header_title"]',
};

export const hapiFhirMatch: AdapterMatch = {
  id: 'hapi-fhir',
  paths: [/^(?:\/[^/]+)+\/Patient\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/\d+)?(?:\?.*)?$/, /^(?:\/[^/]+)*\/(?:read|resource)\?(?=.*\bresource=Patient\b)/],
  marker: '.hapiHeaderText',
};

export const ccdaMatch: AdapterMatch = {
  id: 'ccda',
  paths: [/\.(?:xml|cda|ccd|ccda)$/i, /^(?:\/[^/]+)*\/(?:ccda|cda)\/[^/]+$/i],
  marker: 'table.header_table td.td_header_role_name',
};
