import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { ORIGIN, resetWorld, RUNTIME_ID, world } from '../fuzz/fake-browser';
import { handle, type RouterDeps } from '../../../src/background/router';
import type { Sender } from '../../../src/messaging/transport';
import { recordFrameReport } from '../../../src/background/tab-contexts';
import type { SiteRoutes } from '../../../src/background/site-routes';

const panel = { id: RUNTIME_ID, url: `${ORIGIN}src/sidepanel/index.html`, origin: ORIGIN.slice(0, -1) };
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', source: 'demo-classic', confidence: 0.95 };
const record = { id: 'client-1', name: 'Jane M. Doe', rev: 3, identities: [] };

const content = { id: RUNTIME_ID, url: 'http://127.0.0.1:8765/classic/chart/1', tab: { id: 4, url: 'http://127.0.0.1:8765/classic/chart/1' }, frameId: 0 } as Sender;

function deps(tabClient: RouterDeps['tabClient']) {
  return { now: () => 1, refreshBadge: async () => 0, sites: {} as SiteRoutes, tabClient, runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN };
}

/** The client ids the background broadcast with each context change. */
const broadcastClientIds = () =>
  world.effects.filter(([name, message]) => name === 'runtime.sendMessage' && (message as { type: string }).type === 'context/changed').map(([, message]) => (message as { clientId?: string }).clientId);

beforeEach(() => resetWorld());

describe('the client a tab shows is resolved once, in the background', () => {
  test('a new page context is recorded as a visit, and its client id goes with the context change', async () => {
    const asked: [string | undefined, boolean][] = [];
    const resolver: RouterDeps['tabClient'] = async (tab, { recordVisit }) => (asked.push([tab.context?.mrn, recordVisit]), record as never);
    await handle({ type: 'context/report', context: jane, url: 'http://127.0.0.1:8765/classic/chart/1' }, content, deps(resolver));
    // The same reading again: no change, no second visit.
    await handle({ type: 'context/report', context: jane, url: 'http://127.0.0.1:8765/classic/chart/1' }, content, deps(resolver));
    expect(asked).toEqual([['MRN-100234', true]]);
    expect(broadcastClientIds()).toEqual(['client-1']);
  });

  test('a panel asking later gets the tab with its client by a read, not another visit', async () => {
    await recordFrameReport(4, 0, 'http://127.0.0.1:8765/classic/chart/1', { context: jane, frameUrl: 'http://127.0.0.1:8765/classic/chart/1' }, 1);
    const asked: boolean[] = [];
    const reply = await handle({ type: 'context/get', tabId: 4 }, panel, deps(async (_tab, { recordVisit }) => (asked.push(recordVisit), record as never)));
    expect(reply).toMatchObject({ tab: { tabId: 4, context: { name: 'Jane M. Doe' } }, clientId: 'client-1', client: record });
    expect(asked).toEqual([false]);
  });

  test('without a client when resolving fails or finds no one, and without asking when the tab shows no client', async () => {
    await recordFrameReport(4, 0, 'http://127.0.0.1:8765/classic/chart/1', { context: jane, frameUrl: 'http://127.0.0.1:8765/classic/chart/1' }, 1);
    await recordFrameReport(5, 0, 'http://127.0.0.1:8765/classic/', { context: null, frameUrl: 'http://127.0.0.1:8765/classic/' }, 1);
    const failing = deps(async () => Promise.reject(new Error('locked meanwhile')));
    expect(await handle({ type: 'context/get', tabId: 4 }, panel, failing)).not.toHaveProperty('clientId');
    expect(await handle({ type: 'context/get', tabId: 4 }, panel, deps(async () => undefined))).not.toHaveProperty('client');
    const resolve = vi.fn(async () => record as never);
    expect(await handle({ type: 'context/get', tabId: 5 }, panel, deps(resolve))).toEqual({ tab: expect.objectContaining({ context: null }) });
    expect(resolve).not.toHaveBeenCalled();
  });
});
