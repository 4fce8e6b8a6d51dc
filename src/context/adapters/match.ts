import type { AdapterMatch } from './types';

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

/** The first adapter (of `adapters`) whose URL pattern and DOM marker both match this page. */
export function adapterFor<A extends AdapterMatch>(doc: Document, url: string, adapters: readonly A[]): A | null {
  const u = parseWebUrl(url);
  if (!u) return null;
  for (const a of adapters) {
    if (!matchesParsed(a, u)) continue;
    let marked = false;
    try {
      marked = doc.querySelector(a.marker) !== null;
    } catch {
      marked = false;
    }
    if (marked) return a;
  }
  return null;
}
