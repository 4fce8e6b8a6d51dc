import type { AdapterMatch } from './types';
import { marked } from './marked';

function parseWebUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function matchesParsed(adapter: AdapterMatch, u: URL): boolean {
  if (adapter.hosts && !adapter.hosts.test(u.hostname)) return false;
  const path = u.pathname + u.search;
  return adapter.paths.some((re) => re.test(u.pathname) || re.test(path));
}

/** URL half of matching (host + path); the DOM marker is checked separately by `adapterFor`. */
export function adapterMatchesUrl(adapter: AdapterMatch, url: string): boolean {
  const u = parseWebUrl(url);
  return u !== null && matchesParsed(adapter, u);
}

/**
 * The adapters (of `adapters`, in order) whose site serves this URL: the background's half of
 * matching, answered to the frame so the content script carries no URL patterns.
 */
export function adaptersForUrl<A extends AdapterMatch>(url: string, adapters: readonly A[]): A[] {
  const u = parseWebUrl(url);
  return u ? adapters.filter((a) => matchesParsed(a, u)) : [];
}


/** The first adapter (of `adapters`) whose URL pattern and DOM marker both match this page. */
export function adapterFor<A extends AdapterMatch>(doc: Document, url: string, adapters: readonly A[]): A | null {
  return adaptersForUrl(url, adapters).find((a) => marked(doc, a.marker)) ?? null;
}
