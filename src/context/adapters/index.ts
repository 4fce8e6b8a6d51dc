import type { SiteAdapter } from './types';
import { demoClassic } from './demo-classic';
import { demoApp } from './demo-app';

export type { SiteAdapter, FieldRule } from './types';

/** Every adapter, in the order they are tried. Add new products here. */
export const ADAPTERS: readonly SiteAdapter[] = [demoClassic, demoApp];

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}

/** URL half of matching (host + path); the DOM marker is checked separately by `adapterFor`. */
export function adapterMatchesUrl(adapter: SiteAdapter, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (adapter.hosts && !adapter.hosts.test(u.hostname)) return false;
  const path = u.pathname + u.search;
  return adapter.paths.some((re) => re.test(u.pathname) || re.test(path));
}

/** The first adapter whose URL pattern and DOM marker both match this page. */
export function adapterFor(doc: Document, url: string): SiteAdapter | null {
  for (const a of ADAPTERS) {
    if (!adapterMatchesUrl(a, url)) continue;
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
