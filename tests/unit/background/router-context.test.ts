import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { ORIGIN, resetWorld, RUNTIME_ID } from '../fuzz/fake-browser';
import { handle, type RouterDeps } from '../../../src/background/router';
import { recordFrameReport } from '../../../src/background/tab-contexts';
import type { TabContext } from '../../../src/messaging/schema';
import type { SiteRoutes } from '../../../src/background/site-routes';

const panel = { id: RUNTIME_ID, url: `${ORIGIN}src/sidepanel/index.html`, origin: ORIGIN.slice(0, -1) };
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', source: 'demo-classic', confidence: 0.95 };
const record = { id: 'client-1', name: 'Jane M. Doe', rev: 3, identities: [] };

function deps(knownClient: RouterDeps['knownClient']) {
  return { now: () => 1, refreshBadge: async () => 0, sites: {} as SiteRoutes, knownClient, runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN };
}

beforeEach(() => resetWorld());

describe('what a tab shows, as the panel asks for it', () => {
  test('comes with the known client the background found, a head start for the panel', async () => {
    await recordFrameReport(4, 0, 'http://127.0.0.1:8765/classic/chart/1', { context: jane, frameUrl: 'http://127.0.0.1:8765/classic/chart/1' }, 1);
    const asked: TabContext[] = [];
    const reply = await handle({ type: 'context/get', tabId: 4 }, panel, deps(async (tab) => (asked.push(tab), record)));
    expect(reply).toMatchObject({ tab: { tabId: 4, context: { name: 'Jane M. Doe' } }, client: record });
    expect(asked.map((tab) => tab.context?.mrn)).toEqual(['MRN-100234']);
  });

  test('without it when the look-up fails or finds no one, and without asking when the tab shows no client', async () => {
    await recordFrameReport(4, 0, 'http://127.0.0.1:8765/classic/chart/1', { context: jane, frameUrl: 'http://127.0.0.1:8765/classic/chart/1' }, 1);
    await recordFrameReport(5, 0, 'http://127.0.0.1:8765/classic/', { context: null, frameUrl: 'http://127.0.0.1:8765/classic/' }, 1);
    const failing = deps(async () => Promise.reject(new Error('locked meanwhile')));
    expect(await handle({ type: 'context/get', tabId: 4 }, panel, failing)).not.toHaveProperty('client');
    expect(await handle({ type: 'context/get', tabId: 4 }, panel, deps(async () => undefined))).not.toHaveProperty('client');
    const lookUp = vi.fn(async () => record);
    expect(await handle({ type: 'context/get', tabId: 5 }, panel, deps(lookUp))).toEqual({ tab: expect.objectContaining({ context: null }) });
    expect(lookUp).not.toHaveBeenCalled();
  });
});
