import type { AdapterMatch } from './types';
import {
  demoClassicMatch,
  demoAppMatch,
  openemrMatch,
  openmrs3Match,
  openmrs2Match,
  medplumMatch,
  salesforceLightningMatch,
  hubspotMatch,
  dynamics365Match,
  hapiFhirMatch,
  ccdaMatch,
} from './sites';
import { adaptersForUrl } from './match';

/**
 * How each adapter's site is recognised, without the adapters themselves: the background names the
 * adapters whose site serves a frame's URL, and the frame loads the one whose marker its page shows.
 * In the order adapters are tried. The demo
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

/** Ids of the adapters whose site serves this URL, in the order they are tried. */
export const adapterIdsForUrl = (url: string | undefined): string[] => adaptersForUrl(url ?? '', ADAPTER_MATCHES).map((a) => a.id);
