import type { FieldRule, AdapterRules, SiteAdapter } from './types';
import { salesforceLightningMatch } from './sites';
import { siteAdapter } from './define';

/**
 * Salesforce Lightning record pages, including the Health Cloud / service console. The name is the
 * highlights panel's primary field; other fields are read from highlight items and record layout
 * items by their label, in view mode (formatted text) or inline edit (inputs). In the console every
 * open workspace tab stays in the DOM, hidden by CSS when inactive, so the active tab is the scope.
 */
const ITEM = {
  item: 'records-highlights-details-item, records-record-layout-item',
  key: '.slds-text-title, .test-id__field-label',
  value: 'input, textarea, .fieldComponent, .test-id__field-value',
};
const field = (label: RegExp): FieldRule => ({ ...ITEM, label });

export const salesforceLightningRules: AdapterRules = {
  root: ['section.tabContent.active', 'one-record-home-flexipage2'],
  rootName: 'record page',
  fields: {
    name: [
      { selector: 'records-highlights2 lightning-formatted-name[slot="primaryField"]' },
      { selector: 'input[name="firstName"], input[name="middleName"], input[name="lastName"]', join: true },
    ],
    mrn: field(/^(?:medical record number|mrn|patient id|member id)$/i),
    dob: field(/^(?:birthdate|date of birth)$/i),
    sex: field(/^(?:gender|sex)$/i),
    phone: field(/^(?:phone|mobile|home phone)$/i),
  },
};

export const salesforceLightning: SiteAdapter = /* @__PURE__ */ siteAdapter(
  salesforceLightningMatch,
  {
    label: 'Salesforce Lightning / Health Cloud',
    sampleUrls: [
      'https://acme-health.lightning.force.com/lightning/r/Account/001Dn00000XyZaBIAV/view',
      'https://acme-health--uat.sandbox.lightning.force.com/lightning/r/Contact/003Dn00000AbCdEIAV/edit',
    ],
  },
  salesforceLightningRules,
);
