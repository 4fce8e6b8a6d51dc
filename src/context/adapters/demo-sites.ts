import type { AdapterMatch } from './types';

/**
 * The demo EHR's sites, on their own so the demo build's content script can take their markers
 * without the products' matches (which the background alone needs).
 */

export const demoClassicMatch: AdapterMatch = {
  id: 'demo-classic',
  paths: [/^\/classic\/chart\/[^/]+\/?$/],
  marker: 'table#pt-header',
};

export const demoAppMatch: AdapterMatch = {
  id: 'demo-app',
  paths: [/^\/app(?:\/.*)?$/],
  marker: '#app-root',
};
