import type { AdapterMatch } from './types';
import {
  CCDA_MARKER,
  DYNAMICS365_MARKER,
  HAPI_FHIR_MARKER,
  HUBSPOT_MARKER,
  MEDPLUM_MARKER,
  OPENEMR_MARKER,
  OPENMRS2_MARKER,
  OPENMRS3_MARKER,
  SALESFORCE_LIGHTNING_MARKER,
} from './markers';

export { demoAppMatch, demoClassicMatch } from './demo-sites';

/**
 * Where each site is served and what marks its pages, kept apart from the adapters: the background
 * matches URLs with these without importing an adapter's field rules (a spread or a helper call is
 * code the minifier must keep). No build-time flag is read here: adapters import their match from
 * this file in every build and in tests.
 */

export const openemrMatch: AdapterMatch = {
  id: 'openemr',
  paths: [/^(?:\/[^/]+)*\/interface\/main\/tabs\/main\.php$/],
  marker: OPENEMR_MARKER,
};

export const openmrs3Match: AdapterMatch = {
  id: 'openmrs3',
  paths: [/^(?:\/[^/]+)*\/spa\/patient\/[\w-]+\/chart(?:\/.*)?$/],
  marker: OPENMRS3_MARKER,
};

export const openmrs2Match: AdapterMatch = {
  id: 'openmrs2',
  paths: [/^(?:\/[^/]+)*\/coreapps\/(?:clinicianfacing\/patient|patientdashboard\/patientDashboard)\.page$/],
  marker: OPENMRS2_MARKER,
};

export const medplumMatch: AdapterMatch = {
  id: 'medplum',
  paths: [/^\/Patient\/[A-Za-z0-9\-.]{1,64}(?:\/[\w-]*)?$/],
  marker: MEDPLUM_MARKER,
};

export const salesforceLightningMatch: AdapterMatch = {
  id: 'salesforce-lightning',
  hosts: /^[a-z0-9-]+(?:--[a-z0-9]+(?:\.sandbox)?)?\.(?:lightning\.force\.com|my\.salesforce\.com)$/,
  paths: [/^\/lightning\/r\/\w+\/[A-Za-z0-9]{15,18}\/(?:view|edit)$/],
  marker: SALESFORCE_LIGHTNING_MARKER,
};

export const hubspotMatch: AdapterMatch = {
  id: 'hubspot',
  hosts: /^app(?:-[a-z]{2}\d)?\.hubspot\.com$/,
  paths: [/^\/contacts\/\d+\/(?:contact|record\/0-1)\/\d+(?:\/.*)?$/],
  marker: HUBSPOT_MARKER,
};

export const dynamics365Match: AdapterMatch = {
  id: 'dynamics365',
  hosts: /^[a-z0-9-]+\.crm\d{0,2}\.dynamics\.com$/,
  paths: [/^\/main\.aspx\?(?=.*\bpagetype=entityrecord\b)/],
  marker: DYNAMICS365_MARKER,
};

export const hapiFhirMatch: AdapterMatch = {
  id: 'hapi-fhir',
  paths: [/^(?:\/[^/]+)*\/Patient\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/\d+|\/\$everything)?(?:\?.*)?$/, /^(?:\/[^/]+)*\/(?:read|resource)\?(?=.*\bresource=Patient\b)/],
  marker: HAPI_FHIR_MARKER,
};

export const ccdaMatch: AdapterMatch = {
  id: 'ccda',
  paths: [/\.(?:xml|cda|ccd|ccda)$/i, /^(?:\/[^/]+)*\/(?:ccda|cda)\/[^/]+$/i],
  marker: CCDA_MARKER,
};
