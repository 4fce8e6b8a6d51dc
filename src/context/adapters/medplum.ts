import type { AdapterRules, SiteAdapter } from './types';
import { medplumMatch } from './sites';
import { siteAdapter } from './define';

/**
 * Medplum app patient page (/Patient/:id). PatientHeader is an InfoBar of key/value entries whose
 * class names are CSS-module hashes (`_entry_…`, `_key_…`, `_value_…`); identifiers appear as
 * entries keyed by their system URL, so only an MRN-looking system is taken as the record number.
 */
const ENTRY = { item: '[class*="_entry_"]', key: '[class*="_key_"]', value: '[class*="_value_"]' };

export const medplumRules: AdapterRules = {
  rootName: 'patient header',
  fields: {
    name: { ...ENTRY, label: /^name$/i },
    dob: { ...ENTRY, label: /^dob$/i },
    sex: { ...ENTRY, label: /^gender$/i },
    mrn: { ...ENTRY, label: /(?:^|[/:#])mrn$|medical-?record/i },
  },
};

export const medplum: SiteAdapter = /* @__PURE__ */ siteAdapter(
  medplumMatch,
  {
    label: 'Medplum',
    sampleUrls: ['https://app.medplum.com/Patient/0f3c7a9e-2b1d-4c5e-8f6a-7b8c9d0e1f2a/timeline', 'https://medplum.example-health.org/Patient/123'],
  },
  medplumRules,
);
