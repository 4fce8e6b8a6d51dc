import type { AdapterMatch } from './types';
import { demoClassicMatch } from './demo-classic';
import { demoAppMatch } from './demo-app';
import { openemrMatch } from './openemr';
import { openmrs3Match } from './openmrs3';
import { openmrs2Match } from './openmrs2';
import { medplumMatch } from './medplum';
import { salesforceLightningMatch } from './salesforce-lightning';
import { hubspotMatch } from './hubspot';
import { dynamics365Match } from './dynamics365';
import { hapiFhirMatch } from './hapi-fhir';
import { ccdaMatch } from './ccda';

/**
 * How each adapter's site is recognised, without the adapters themselves: the content script holds
 * only this and loads the one adapter its page needs. In the order adapters are tried. The demo
 * EHR's adapters exist only in the demo build (`__DEMO_ADAPTERS__`), never in the store builds.
 */
const PRODUCTS: readonly AdapterMatch[] = [
  openemrMatch,
  openmrs3Match,
  openmrs2Match,
  medplumMatch,
  salesforceLightningMatch,
  hubspotMatch,
  dynamics365Match,
  hapiFhirMatch,
  ccdaMatch,
];

export const DEMO_MATCHES: readonly AdapterMatch[] = [demoClassicMatch, demoAppMatch];

export const ADAPTER_MATCHES: readonly AdapterMatch[] = __DEMO_ADAPTERS__ ? [...DEMO_MATCHES, ...PRODUCTS] : PRODUCTS;

export function adapterMatchById(id: string): AdapterMatch | undefined {
  return ADAPTER_MATCHES.find((a) => a.id === id);
}
