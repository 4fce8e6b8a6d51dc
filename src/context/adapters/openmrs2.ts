import type { AdapterRules, SiteAdapter } from './types';
import { openmrs2Match } from './sites';
import { siteAdapter } from './define';

/**
 * OpenMRS 2.x reference application (coreapps patientHeader fragment). Name parts are separate
 * spans each followed by an <em> caption ("Given", "Family Name"), so they are joined, never read
 * as one text; the gender/age line carries the birth date in brackets. The contact info the header
 * shows on request is captioned the same way, after each value ("<span>0788 …</span><em>Telephone Number</em>").
 */
export const openmrs2Rules: AdapterRules = {
  root: '.patient-header',
  rootName: 'patient header',
  fields: {
    name: { selector: '.name .PersonName-givenName, .name .PersonName-middleName, .name .PersonName-familyName', join: true },
    sex: { selector: '.gender-age > span:first-child' },
    dob: { selector: '.gender-age > span:nth-child(2)' },
    mrn: { selector: '.identifiers > em:first-child + span' },
    phone: { item: '.contact-info-inline', key: 'em', value: 'span', label: /^(?:telephone|phone)(?: number)?$/i },
  },
};

export const openmrs2: SiteAdapter = /* @__PURE__ */ siteAdapter(
  openmrs2Match,
  {
    label: 'OpenMRS 2 (Reference Application)',
    sampleUrls: ['https://openmrs.example.org/openmrs/coreapps/clinicianfacing/patient.page?patientId=a4f2c1d0-1111-4a2b-9c3d-5e6f7a8b9c0d'],
  },
  openmrs2Rules,
);
