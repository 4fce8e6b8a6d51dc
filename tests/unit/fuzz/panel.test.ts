import { afterAll, beforeAll, describe, expect, test, vi, type MockInstance } from 'vitest';
import fc from 'fast-check';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../../src/platform/browser', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { messageListeners, ORIGIN, resetWorld, RUNTIME_ID, snapshot } from './fake-browser';
import { anySender, assertPrototypesClean, foreignSender, nearValidMessage, randomMessage, RUNS, VALID_MESSAGES } from './arbitraries';
import { parseMessage } from '../../../src/messaging/schema';
import { extensionHost } from '../../../src/sidepanel/host-extension';
import { loadPageChecks } from '../../../src/messaging/page-transport';

/**
 * Every runtime.onMessage listener the side panel's host registers (tab context changes, picker
 * results, shortcut notices, "show this view"), driven at once. Only a well-formed message of the
 * kind it waits for, from our own extension, may reach the panel's models; nothing may throw.
 */
const heard: unknown[] = [];
let listeners: ((raw: unknown, sender: unknown) => unknown)[] = [];
const PANEL_BOUND = new Set(['context/changed', 'picker/result', 'picker/aborted', 'shortcut/done', 'panel/show']);
const counts = { runs: 0, invalid: 0, wrongSender: 0, acted: 0, listeners: 0 };
/** Each rejection is warned once per listener: kept, 78,000 calls doubled the heap (55 -> 115 MB). */
let warn: MockInstance<typeof console.warn>;
/**
 * A run is real work, not waiting: a message generated, parsed by each listener and once here, the
 * world compared. Measured 0.17 ms a run alone and up to 1.5 ms under three CPU hogs on two cores
 * (15 s for 10,000, against the 20 s default that guards ordinary tests against a hang): the
 * guard allows 4 ms a run.
 */
const RUN_TIMEOUT = Math.max(20_000, RUNS * 4);

beforeAll(async () => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  messageListeners.clear();
  const host = extensionHost(new URL('chrome-extension://x/src/sidepanel/index.html?tabId=4') as unknown as Location);
  host.onTabContextChanged((tabId, tab) => heard.push(['context', tabId, tab]));
  (await host.sites()).onPicker((event) => heard.push(['picker', event]));
  host.requests?.onShortcut((record) => heard.push(['shortcut', record]));
  host.requests?.onShow((request) => heard.push(['show', request]));
  listeners = [...messageListeners] as typeof listeners;
  counts.listeners = listeners.length;
  // The checks load on demand (page-transport.ts); the fuzz loop never yields to let a load finish.
  await loadPageChecks();
});
afterAll(() => {
  vi.restoreAllMocks();
  process.stdout.write(`[fuzz] panel host listeners: ${JSON.stringify(counts)}\n`);
});

async function deliver(raw: unknown, sender: Record<string, any>) {
  heard.length = 0;
  warn.mockClear();
  resetWorld();
  const before = snapshot();
  for (const listener of listeners) expect(await listener(raw, sender)).toBeUndefined();
  const parsed = parseMessage(raw);
  const fromUs = sender.id === RUNTIME_ID && typeof sender.url === 'string' && sender.url.startsWith(ORIGIN);
  counts.runs++;
  expect(snapshot()).toBe(before);
  if (!parsed.ok || !fromUs || !PANEL_BOUND.has(parsed.message.type)) {
    if (!parsed.ok) counts.invalid++;
    else if (!fromUs) counts.wrongSender++;
    expect(heard).toEqual([]);
  } else {
    counts.acted++;
    expect(heard).toHaveLength(1);
  }
  assertPrototypesClean();
}

describe('side panel listeners under fuzz', () => {
  test('the host listens through validated listeners', () => {
    expect(listeners.length).toBeGreaterThanOrEqual(2);
  });
  test(`${RUNS} random messages`, async () => {
    await fc.assert(fc.asyncProperty(randomMessage, anySender, deliver), { numRuns: RUNS });
  }, RUN_TIMEOUT);
  test(`${RUNS} near-valid messages`, async () => {
    await fc.assert(fc.asyncProperty(nearValidMessage, anySender, deliver), { numRuns: RUNS });
  }, RUN_TIMEOUT);
  test('a content script cannot tell the panel what a tab shows, nor relay a pick', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID_MESSAGES), foreignSender, async (raw, sender) => {
        await deliver(raw, sender);
        expect(heard).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
    const contentScript = { id: RUNTIME_ID, url: 'https://ehr.example.org/chart', tab: { id: 4 } };
    heard.length = 0;
    for (const raw of VALID_MESSAGES) for (const listener of listeners) await listener(raw, contentScript);
    expect(heard).toEqual([]);
  });
});
