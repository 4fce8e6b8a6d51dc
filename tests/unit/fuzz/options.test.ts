import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { messageListeners, resetWorld, snapshot } from './fake-browser';
import { anySender, assertPrototypesClean, nearValidMessage, randomMessage, RUNS } from './arbitraries';
import { extensionOptionsHost } from '../../../src/options/host-extension';

/**
 * The options page's hosts. Today the page takes no runtime messages at all (it only sends, and
 * hears permission changes from the browser); this keeps it so, and fuzzes whatever listener is
 * added later: none may change anything or throw.
 */
let listeners: ((raw: unknown, sender: unknown) => unknown)[] = [];
const changes: unknown[] = [];
const counts = { runs: 0, listeners: 0 };

beforeAll(() => {
  messageListeners.clear();
  const host = extensionOptionsHost();
  host.onAccessChanged(() => changes.push('access'));
  listeners = [...messageListeners] as typeof listeners;
  counts.listeners = listeners.length;
});
afterAll(() => process.stdout.write(`[fuzz] options page listeners: ${JSON.stringify(counts)}\n`));

async function deliver(raw: unknown, sender: unknown) {
  resetWorld();
  const before = snapshot();
  for (const listener of listeners) expect(await listener(raw, sender)).toBeUndefined();
  counts.runs++;
  expect(snapshot()).toBe(before);
  expect(changes).toEqual([]);
  assertPrototypesClean();
}

describe('options page under fuzz', () => {
  test('registers no runtime message listener (it cannot be told to act)', () => {
    expect(listeners).toEqual([]);
  });
  test(`${RUNS} random and ${RUNS} near-valid messages reach nothing`, async () => {
    await fc.assert(fc.asyncProperty(randomMessage, anySender, deliver), { numRuns: RUNS });
    await fc.assert(fc.asyncProperty(nearValidMessage, anySender, deliver), { numRuns: RUNS });
  });
});
