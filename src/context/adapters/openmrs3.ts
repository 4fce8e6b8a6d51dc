import type { AdapterRules, SiteAdapter } from './types';
import { openmrs3Match } from './sites';
import { siteAdapter } from './define';

/**
 * OpenMRS 3 (O3) patient chart. The banner comes from esm-styleguide's PatientBannerPatientInfo;
 * its class names are CSS-module hashes ("-esm-…__patientName___x1Y2"), so only the readable part
 * of each class name is matched. Patient search results reuse the info component without the
 * banner container, so the `role="banner"` container is the scope.
 */
export const openmrs3Rules: AdapterRules = {
  root: '[role="banner"][class*="patient-banner__container"]',
  rootName: 'patient banner',
  fields: {
    name: { selector: '[class*="__patientName___"]' },
    sex: { selector: '[class*="__gender___"] span' },
    // "75 yrs · 05-Jan-1950 · OpenMRS ID 100008E": the date is the only date in the line.
    dob: { selector: '[class*="__demographics"]' },
    mrn: { selector: '[data-testid="primary-patient-identifier"] [class*="__value"]' },
  },
};

export const openmrs3: SiteAdapter = /* @__PURE__ */ siteAdapter(
  openmrs3Match,
  {
    label: 'OpenMRS 3',
    sampleUrls: ['https://o3.example.org/openmrs/spa/patient/8673ee4f-e2ab-4077-ba55-4980f408773e/chart/Patient%20Summary'],
  },
  openmrs3Rules,
);
