import type { FieldRule, AdapterRules, SiteAdapter } from './types';
import { hubspotMatch } from './sites';
import { siteAdapter } from './define';

/**
 * HubSpot CRM contact record. The highlight card shows the contact's name; properties are rows in
 * the "About this contact" sidebar, each a labelled input or read-only value. Care-management
 * portals keep the member id and birth date in custom properties, read here by their labels.
 */
const PROPERTY = {
  item: '[data-selenium-test^="property-input-"]',
  key: 'label',
  value: 'input, textarea, [data-selenium-test="property-value"]',
};
const property = (label: RegExp): FieldRule => ({ ...PROPERTY, label });

export const hubspotRules: AdapterRules = {
  rootName: 'contact record',
  fields: {
    name: [{ selector: '[data-selenium-test="highlightTitle"]' }, { selector: 'input[name="firstname"], input[name="lastname"]', join: true }],
    mrn: property(/^(?:member id|patient id|mrn|medical record number)$/i),
    dob: property(/^(?:date of birth|birthdate|dob)$/i),
    sex: property(/^(?:gender|sex)$/i),
    phone: property(/^(?:phone number|mobile phone number)$/i),
  },
};

export const hubspot: SiteAdapter = /* @__PURE__ */ siteAdapter(
  hubspotMatch,
  {
    label: 'HubSpot CRM',
    sampleUrls: ['https://app.hubspot.com/contacts/2211334/record/0-1/51001', 'https://app-eu1.hubspot.com/contacts/998877/contact/4242'],
  },
  hubspotRules,
);
