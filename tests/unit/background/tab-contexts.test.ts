import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { ORIGIN, resetWorld, RUNTIME_ID } from '../fuzz/fake-browser';
import {
  allowOneOffReader,
  dropReadsBeforeLoad,
  dropReadsUnder,
  getTabContext,
  hasOneOffReader,
  markLoading,
  recordFrameReport,
} from '../../../src/background/tab-contexts';
import { createReadAccess } from '../../../src/background/read-access';
import { handle } from '../../../src/background/router';
import type { SiteRoutes } from '../../../src/background/site-routes';

const CHART = 'http://ehr.example.org/chart/1';
const OTHER = 'http://labs.example.net/results';
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', source: 'generic', confidence: 0.9 };
const report = (tabId: number, frameId: number, frameUrl: string, at: number, context: typeof jane | null = jane) =>
  recordFrameReport(tabId, frameId, CHART, { context, frameUrl }, at);

beforeEach(() => resetWorld());

describe('what a tab shows', () => {
  test('a tab whose every read was dropped after a load is "not read", not "no client"', async () => {
    await report(3, 0, CHART, 1);
    await markLoading(3, 5);
    const { changed, tab } = await dropReadsBeforeLoad(3);
    expect(changed).toBe(true);
    expect(tab).toBeNull();
    expect(await getTabContext(3)).toBeNull();
  });

  test('a frame that read the new page and found nobody still says "no client"', async () => {
    await report(3, 0, CHART, 1);
    await markLoading(3, 5);
    await report(3, 0, CHART, 6, null);
    expect((await dropReadsBeforeLoad(3)).tab).toMatchObject({ tabId: 3, context: null });
    expect(await getTabContext(3)).toMatchObject({ tabId: 3, context: null });
  });
});

describe('frames that stay silent while their reading stands (src/content/frame-read.ts)', () => {
  const roe = { ...jane, name: 'Richard Roe', mrn: 'MRN-200777' };

  test('of two frames equally sure, the one whose client changed last shows, even when the other reported since', async () => {
    await report(3, 1, CHART, 1, jane);
    await report(3, 2, OTHER, 2, roe);
    // Frame 1 asked again (a request after a load, its view changed): the same reading, a newer report.
    await report(3, 1, CHART, 3, jane);
    expect((await getTabContext(3))?.context?.name).toBe('Richard Roe');
    // Frame 1's client changes: it shows now.
    await report(3, 1, CHART, 4, { ...roe, name: 'Ann Lee', mrn: 'MRN-300001' });
    expect((await getTabContext(3))?.context?.name).toBe('Ann Lee');
  });

  test('after a load, a frame asked that reads the same client again is kept; one that did not answer is dropped', async () => {
    await report(3, 1, CHART, 1, jane);
    await report(3, 2, OTHER, 2, roe);
    await markLoading(3, 5);
    await report(3, 1, CHART, 6, jane);
    const { changed, tab } = await dropReadsBeforeLoad(3);
    expect(changed).toBe(true);
    expect(tab?.context?.name).toBe('Jane M. Doe');
  });
});

describe('access to a site taken away', () => {
  test('drops every read of a frame on that site at once, in every tab, and keeps the rest', async () => {
    await report(3, 0, CHART, 1);
    await report(3, 7, OTHER, 2, { ...jane, confidence: 0.5 });
    await report(4, 0, CHART, 3);
    await report(5, 0, OTHER, 4);

    const dropped = await dropReadsUnder(['http://ehr.example.org/*']);

    expect(dropped.map(({ tabId, frameIds }) => [tabId, frameIds]).sort()).toEqual([
      [3, [0]],
      [4, [0]],
    ]);
    expect(dropped.find((entry) => entry.tabId === 3)?.tab).toMatchObject({ frameUrl: OTHER });
    expect(dropped.find((entry) => entry.tabId === 4)?.tab).toBeNull();
    expect(await getTabContext(4)).toBeNull();
    expect(await getTabContext(5)).toMatchObject({ frameUrl: OTHER });
  });

  test('a wildcard revocation covers every site, and nothing else is touched when nothing matches', async () => {
    await report(3, 0, CHART, 1);
    expect(await dropReadsUnder(['https://elsewhere.example.com/*'])).toEqual([]);
    expect(await getTabContext(3)).not.toBeNull();
    expect((await dropReadsUnder(['*://*/*'])).map((entry) => entry.tabId)).toEqual([3]);
  });

  test('ends a one-off grant on that site too', async () => {
    await allowOneOffReader(6, CHART);
    expect(await hasOneOffReader(6)).toBe(true);
    await dropReadsUnder(['http://ehr.example.org/*']);
    expect(await hasOneOffReader(6)).toBe(false);
  });
});

describe('a one-off read (toolbar click)', () => {
  test('lasts until the tab loads another page', async () => {
    await allowOneOffReader(6, CHART);
    await report(6, 0, CHART, 2);
    expect(await hasOneOffReader(6)).toBe(true);
    await markLoading(6, 3);
    expect(await hasOneOffReader(6)).toBe(false);
  });
});

describe('which frames may report', () => {
  const access = (granted: string[], oneOff: number[] = [], staticMatches: string[] = []) =>
    createReadAccess({
      staticMatches: () => staticMatches,
      hasOrigin: async (pattern) => granted.includes(pattern),
      hasOneOffReader: async (tabId) => oneOff.includes(tabId),
    });

  test('a built-in, granted or clicked-for site may; any other may not', async () => {
    expect(await access([], [], ['http://127.0.0.1/*'])(1, 'http://127.0.0.1:8765/classic/chart/1')).toBe(true);
    expect(await access(['http://ehr.example.org/*'])(1, CHART)).toBe(true);
    expect(await access([], [1])(1, CHART)).toBe(true);
    expect(await access([], [2])(1, CHART)).toBe(false);
    expect(await access(['http://ehr.example.org/*'])(1, OTHER)).toBe(false);
    expect(await access([])(1, 'about:blank')).toBe(false);
  });

  test('a report from a site that may not be read is refused and changes nothing', async () => {
    const sender = { id: RUNTIME_ID, url: CHART, tab: { id: 9, url: CHART, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 };
    const deps = {
      now: () => 1,
      refreshBadge: async () => 0,
      sites: {} as SiteRoutes,
      runtimeId: RUNTIME_ID,
      extensionOrigin: ORIGIN,
      mayRead: access([]),
    };
    expect(await handle({ type: 'context/report', context: jane, url: CHART }, sender, deps)).toEqual({ ok: false });
    expect(await getTabContext(9)).toBeNull();
    expect(await handle({ type: 'context/report', context: jane, url: CHART }, sender, { ...deps, mayRead: access(['http://ehr.example.org/*']) })).toEqual({ ok: true });
    expect(await getTabContext(9)).toMatchObject({ context: { mrn: 'MRN-100234' } });
  });
});
