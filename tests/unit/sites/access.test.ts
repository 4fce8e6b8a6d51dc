import { describe, expect, test } from 'vitest';
import { createSiteAccess, registrationId, type SiteApi } from '../../../src/background/sites';

const FILE = 'src/content/main.js';
const EHR = 'https://ehr.example.org/*';

/** The browser as the background sees it: grants, registrations and open tabs, in memory. */
function fakeBrowser(options: { granted?: string[]; staticMatches?: string[]; tabs?: Record<number, string> } = {}) {
  const granted = new Set(options.granted ?? []);
  const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const injected: number[] = [];
  const calls: string[] = [];
  const api: SiteApi = {
    grantedOrigins: async () => [...granted],
    staticMatches: () => options.staticMatches ?? [],
    hasOrigin: async (pattern) => granted.has(pattern),
    registeredScripts: async () => [...registered.values()],
    register: async (scripts) => {
      for (const { id, pattern, file } of scripts) {
        // The real API refuses a duplicate id: the logic must never try.
        if (registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
        registered.set(id, { id, matches: [pattern], js: [file] });
        calls.push(`register ${pattern}`);
      }
    },
    unregister: async (ids) => {
      for (const id of ids) registered.delete(id);
      calls.push(`unregister ${ids.join(',')}`);
    },
    tabsUnder: async (pattern) =>
      Object.entries(options.tabs ?? {})
        .filter(([, url]) => pattern === EHR && url.startsWith('https://ehr.example.org/'))
        .map(([id]) => Number(id)),
    inject: async (tabId) => {
      injected.push(tabId);
      return true;
    },
  };
  return { api, granted, registered, injected, calls };
}

describe('reading a site the user enabled', () => {
  test('granted: the reader is registered for the origin and started in the tabs already open there', async () => {
    const fake = fakeBrowser({ granted: [EHR], tabs: { 4: 'https://ehr.example.org/chart/1', 5: 'https://news.example.com/' } });
    const access = createSiteAccess(fake.api, FILE);
    expect(await access.enable('https://ehr.example.org')).toBe(true);
    expect([...fake.registered.values()]).toEqual([{ id: registrationId(EHR), matches: [EHR], js: [FILE] }]);
    expect(fake.injected).toEqual([4]);
  });

  test('an origin with a port is enabled for its host, and a second enable registers nothing more', async () => {
    const fake = fakeBrowser({ granted: [EHR] });
    const access = createSiteAccess(fake.api, FILE);
    await access.enable('https://ehr.example.org:8443');
    await access.enable('https://ehr.example.org');
    expect(fake.calls).toEqual([`register ${EHR}`]);
  });

  test('denied (no grant): nothing is registered and nothing injected', async () => {
    const fake = fakeBrowser({ tabs: { 4: 'https://ehr.example.org/chart/1' } });
    const access = createSiteAccess(fake.api, FILE);
    expect(await access.enable('https://ehr.example.org')).toBe(false);
    expect(fake.registered.size).toBe(0);
    expect(fake.injected).toEqual([]);
  });

  test('a page that is not http(s) is never enabled', async () => {
    const fake = fakeBrowser({ granted: ['file:///*'] });
    expect(await createSiteAccess(fake.api, FILE).enable('file:///home/chart.html')).toBe(false);
    expect(fake.registered.size).toBe(0);
  });

  test('a site the build reads statically needs no registration', async () => {
    const fake = fakeBrowser({ granted: ['http://127.0.0.1/*'], staticMatches: ['http://127.0.0.1/*'] });
    expect(await createSiteAccess(fake.api, FILE).enable('http://127.0.0.1:8765')).toBe(true);
    expect(fake.registered.size).toBe(0);
  });
});

describe("grants from the browser's own site-access menu", () => {
  test('onAdded registers and starts readers, like the panel does', async () => {
    const fake = fakeBrowser({ tabs: { 9: 'https://ehr.example.org/x' } });
    const access = createSiteAccess(fake.api, FILE);
    await access.onAdded([EHR, 'chrome://favicon/*']);
    expect([...fake.registered.keys()]).toEqual([registrationId(EHR)]);
    expect(fake.injected).toEqual([9]);
  });

  test('onAdded and enable arriving together register once', async () => {
    const fake = fakeBrowser({ granted: [EHR] });
    const access = createSiteAccess(fake.api, FILE);
    await Promise.all([access.onAdded([EHR]), access.enable('https://ehr.example.org'), access.reconcile()]);
    expect(fake.calls).toEqual([`register ${EHR}`]);
  });

  test('onRemoved unregisters that origin only', async () => {
    const other = 'https://crm.example.net/*';
    const fake = fakeBrowser({ granted: [EHR, other] });
    const access = createSiteAccess(fake.api, FILE);
    await access.reconcile();
    await access.onRemoved([EHR]);
    expect([...fake.registered.keys()]).toEqual([registrationId(other)]);
  });

  test('onRemoved of something never registered is a no-op', async () => {
    const fake = fakeBrowser();
    await createSiteAccess(fake.api, FILE).onRemoved([EHR]);
    expect(fake.calls).toEqual([]);
  });
});

describe('reconcile on startup and install', () => {
  test('every granted origin has exactly one registration, static matches and non-web origins none', async () => {
    const fake = fakeBrowser({
      granted: [EHR, 'http://127.0.0.1/*', 'https://*/*', 'file:///*'],
      staticMatches: ['http://127.0.0.1/*'],
    });
    const access = createSiteAccess(fake.api, FILE);
    await access.reconcile();
    await access.reconcile();
    expect([...fake.registered.keys()].sort()).toEqual([registrationId('https://*/*'), registrationId(EHR)].sort());
  });

  test('a registration whose grant is gone is removed; registrations not ours are left alone', async () => {
    const fake = fakeBrowser({ granted: [] });
    fake.registered.set(registrationId(EHR), { id: registrationId(EHR), matches: [EHR], js: [FILE] });
    fake.registered.set('someone-else', { id: 'someone-else', matches: ['https://x.org/*'], js: ['x.js'] });
    await createSiteAccess(fake.api, FILE).reconcile();
    expect([...fake.registered.keys()]).toEqual(['someone-else']);
  });

  test('after an update the bundle file changed: the persisted registration is replaced', async () => {
    const fake = fakeBrowser({ granted: [EHR] });
    fake.registered.set(registrationId(EHR), { id: registrationId(EHR), matches: [EHR], js: ['src/content/old.js'] });
    await createSiteAccess(fake.api, FILE).reconcile();
    expect(fake.registered.get(registrationId(EHR))?.js).toEqual([FILE]);
    expect(fake.registered.size).toBe(1);
  });
});
