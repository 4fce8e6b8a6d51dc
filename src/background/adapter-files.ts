import ccda from '../content/adapters/ccda.ts?script&iife';
import dynamics365 from '../content/adapters/dynamics365.ts?script&iife';
import hapiFhir from '../content/adapters/hapi-fhir.ts?script&iife';
import hubspot from '../content/adapters/hubspot.ts?script&iife';
import medplum from '../content/adapters/medplum.ts?script&iife';
import openemr from '../content/adapters/openemr.ts?script&iife';
import openmrs2 from '../content/adapters/openmrs2.ts?script&iife';
import openmrs3 from '../content/adapters/openmrs3.ts?script&iife';
import salesforceLightning from '../content/adapters/salesforce-lightning.ts?script&iife';
import { DEMO_ADAPTER_FILES } from './demo-adapter-files';

/** Each product adapter as its own script, injected only into frames whose page matched its site. */
export const PRODUCT_ADAPTER_FILES: Readonly<Record<string, string>> = {
  'ccda': ccda,
  'dynamics365': dynamics365,
  'hapi-fhir': hapiFhir,
  'hubspot': hubspot,
  'medplum': medplum,
  'openemr': openemr,
  'openmrs2': openmrs2,
  'openmrs3': openmrs3,
  'salesforce-lightning': salesforceLightning,
};

/** Adapter id → built script. The store builds alias the demo list to an empty one (vite.config.ts). */
export const ADAPTER_FILES: Readonly<Record<string, string>> = { ...PRODUCT_ADAPTER_FILES, ...DEMO_ADAPTER_FILES };
