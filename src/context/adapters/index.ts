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

function parseWebUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function matchesParsed(adapter: SiteAdapter, u: URL): boolean {
  if (adapter.hosts && !adapter.hosts.test(u.hostname)) return false;
  const path = u.pathname + u.search;
  return adapter.paths.some((re) => re.test(u.pathname) || re.test(path));
}

/** URL half of matching (host + path); the DOM marker is checked separately by `adapterFor`. */
export function adapterMatchesUrl(adapter: SiteAdapter, url: string): boolean {
  const u = parseWebUrl(url);
  return u !== null && matchesParsed(adapter, u);
}

/** The first adapter (of `adapters`, default all) whose URL pattern and DOM marker both match this page. */
export function adapterFor(doc: Document, url: string, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | null {
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
