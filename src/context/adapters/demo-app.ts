import type { AdapterRules, SiteAdapter } from './types';
import { demoAppMatch } from './sites';
import { siteAdapter } from './define';

const BANNER = 'header.pt-banner';

/** The bundled demo's "modern" skin: a single-page app with a chip banner (demo/app/app.js). */
export const demoAppRules: AdapterRules = {
  root: BANNER,
  rootName: 'banner',
  fields: {
    name: { selector: '.pt-name' },
    mrn: { selector: '[data-field="mrn"] .chip-value' },
    dob: { selector: '[data-field="dob"] .chip-value' },
    sex: { selector: '[data-field="sex"] .chip-value' },
    phone: { selector: '[data-field="phone"] .chip-value' },
    admitDate: { selector: '[data-field="admit"] .chip-value' },
    dischargeDate: [
      { selector: '[data-field="discharge"][aria-label="Discharged"] .chip-value', dischargeActual: true },
      { selector: '[data-field="discharge"][aria-label="Expected discharge"] .chip-value', dischargeActual: false },
    ],
    location: { selector: '[data-field="location"] .chip-value' },
  },
  // The worklist has no banner; a chart has one visible banner (an inactive tab may hold a hidden one).
  isSingleClient: (doc, isVisible) => {
    let visible = 0;
    for (const el of Array.from(doc.querySelectorAll(BANNER)).slice(0, 20)) if (isVisible(el)) visible++;
    return visible === 1;
  },
};

export const demoApp: SiteAdapter = /* @__PURE__ */ siteAdapter(
  demoAppMatch,
  {
    label: 'Demo EHR (modern app)',
    sampleUrls: ['http://127.0.0.1:8765/app/patient/1', 'http://127.0.0.1:9000/app/', 'http://localhost:8765/app/patient/14'],
  },
  demoAppRules,
);
