import type { FieldRule, AdapterRules, SiteAdapter } from './types';
import { dynamics365Match } from './sites';
import { siteAdapter } from './define';

/**
 * Dynamics 365 / Power Apps model-driven form (Contact or a custom patient table). The header title
 * carries the record name in its `title` attribute (the text may add " - Saved"); body fields are
 * `…-FieldSectionItemContainer` rows whose values are inputs. Org-specific columns (MRN, member id)
 * are found by their label, since their schema names differ between orgs.
 */
const ROW = {
  item: '[data-id$="-FieldSectionItemContainer"]',
  key: 'label',
  value: 'input, textarea, select',
};
const row = (label: RegExp): FieldRule => ({ ...ROW, label });

export const dynamics365Rules: AdapterRules = {
  root: ['[data-id="editFormRoot"]', 'body'],
  rootName: 'form',
  fields: {
    name: [
      { selector: '[data-id="form-header"] [data-id="header_title"]', attr: 'title' },
      { selector: '[data-id="firstname.fieldControl-text-box-text"], [data-id="middlename.fieldControl-text-box-text"], [data-id="lastname.fieldControl-text-box-text"]', join: true },
    ],
    mrn: row(/^(?:mrn|medical record number|member id|patient id)$/i),
    dob: row(/^(?:birthday|birth date|date of birth)$/i),
    sex: row(/^(?:gender|sex)$/i),
    phone: row(/^(?:mobile phone|business phone|home phone|phone)$/i),
  },
};

export const dynamics365: SiteAdapter = /* @__PURE__ */ siteAdapter(
  dynamics365Match,
  {
    label: 'Dynamics 365',
    sampleUrls: ['https://contoso-care.crm.dynamics.com/main.aspx?appid=5f1e2d3c-0000-4000-8000-000000000001&pagetype=entityrecord&etn=contact&id=9a8b7c6d-1111-4222-8333-444455556666'],
  },
  dynamics365Rules,
);
