import type { SiteAdapter } from './types';
import { demoClassic } from './demo-classic';
import { demoApp } from './demo-app';
import { openemr } from './openemr';
import { openmrs3 } from './openmrs3';
import { openmrs2 } from './openmrs2';
import { medplum } from './medplum';
import { salesforceLightning } from './salesforce-lightning';
import { hubspot } from './hubspot';
import { dynamics365 } from './dynamics365';
import { hapiFhir } from './hapi-fhir';
import { ccda } from './ccda';

export type { SiteAdapter, FieldRule } from './types';
export { adapterFor, adapterMatchesUrl } from './match';

/** Every adapter, in the order they are tried. Add new products here. */
export const ADAPTERS: readonly SiteAdapter[] = [
  demoClassic,
  demoApp,
  openemr,
  openmrs3,
  openmrs2,
  medplum,
  salesforceLightning,
  hubspot,
  dynamics365,
  hapiFhir,
  ccda,
];

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}


