import type { AdapterRules, SiteAdapter } from './types';
import { openemrMatch } from './sites';
import { siteAdapter } from './define';

/**
 * OpenEMR 6/7 tabbed UI (interface/main/tabs/main.php). The chosen patient sits in the top
 * "attendant" bar rendered from a Knockout template: `a.ptName` holds the name and the public id
 * in brackets, a sibling line "DOB: … Age: …". The chart itself lives in iframes that the generic
 * reader sees separately. Self-hosted, often under /openemr/, so the path and marker decide.
 */
export const openemrRules: AdapterRules = {
  root: '#attendantData',
  rootName: 'patient bar',
  fields: {
    name: { selector: 'a.ptName > span[data-bind*="pname"]' },
    mrn: { selector: 'a.ptName [data-bind*="pubpid"]' },
    dob: { selector: '[data-bind*="str_dob"]' },
  },
};

export const openemr: SiteAdapter = /* @__PURE__ */ siteAdapter(
  openemrMatch,
  {
    label: 'OpenEMR',
    sampleUrls: ['https://emr.example-clinic.org/openemr/interface/main/tabs/main.php', 'http://10.0.0.5/interface/main/tabs/main.php?token_main=abc'],
  },
  openemrRules,
);
