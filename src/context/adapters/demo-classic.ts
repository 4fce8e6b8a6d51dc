import type { AdapterRules, SiteAdapter } from './types';
import { demoClassicMatch } from './sites';
import { siteAdapter } from './define';

/** The bundled demo's "classic" skin: a server-rendered, table-based chart (demo/render.mjs). */
export const demoClassicRules: AdapterRules = {
  root: 'table#pt-header',
  rootName: 'header table',
  dateOrder: 'MDY',
  fields: {
    name: { label: /^patient:?$/i },
    mrn: { label: /^mrn:?$/i },
    dob: { label: /^dob:?$/i },
    sex: { label: /^sex:?$/i },
    phone: { label: /^phone:?$/i },
    location: { label: /^location:?$/i },
    admitDate: { label: /^admit date:?$/i },
    dischargeDate: [
      { label: /^exp\. discharge:?$/i, dischargeActual: false },
      { label: /^discharged:?$/i, dischargeActual: true },
    ],
  },
};

export const demoClassic: SiteAdapter = /* @__PURE__ */ siteAdapter(
  demoClassicMatch,
  {
    label: 'Demo EHR (classic)',
    sampleUrls: ['http://127.0.0.1:8765/classic/chart/1', 'http://localhost:4000/classic/chart/12/'],
  },
  demoClassicRules,
);
