import type { AdapterMatch, AdapterRules, SiteAdapter } from './types';

/**
 * An adapter whole: where its site is served, what it is called, and how it reads. Called with a
 * pure annotation, so an adapter script, which takes the rules alone, keeps none of the rest.
 */
export function siteAdapter(match: AdapterMatch, about: Pick<SiteAdapter, 'label' | 'sampleUrls'>, rules: AdapterRules): SiteAdapter {
  return { ...match, ...about, ...rules };
}
