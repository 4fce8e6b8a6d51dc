import { afterAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { contentMessageHandler } from '../../../src/content/handler';
import { parseMessage } from '../../../src/messaging/schema';
import { ORIGIN, RUNTIME_ID } from './fake-browser';
import { anySender, assertPrototypesClean, foreignSender, nearValidMessage, randomMessage, RUNS, VALID_MESSAGES } from './arbitraries';

/**
 * The content script's message handler with a fake reader and picker. Only a well-formed message
 * from our own extension (the background) may make it read, arm or disarm; anything else changes
 * nothing and answers nothing.
 */
const calls: string[] = [];
const handler = contentMessageHandler({
  runtimeId: () => RUNTIME_ID,
  extensionOrigin: () => ORIGIN,
  reader: { readNow: () => void calls.push('read'), watch: () => void calls.push('watch'), stop: () => void calls.push('stop') },
  teacher: { arm: (field) => void calls.push(`arm:${field}`), disarm: () => void calls.push('disarm') },
  reloadProfile: () => void calls.push('reload'),
});
const ACTS = new Set(['context/request', 'context/watch', 'reader/stop', 'site/profile-changed', 'picker/arm', 'picker/disarm']);
const counts = { runs: 0, invalid: 0, wrongSender: 0, acted: 0 };

async function deliver(raw: unknown, sender: Record<string, any>) {
  calls.length = 0;
  const reply = await handler(raw, sender as never);
  const parsed = parseMessage(raw);
  const fromUs = sender.id === RUNTIME_ID && typeof sender.url === 'string' && sender.url.startsWith(ORIGIN);
  counts.runs++;
  if (!parsed.ok || !fromUs || !ACTS.has(parsed.message.type)) {
    if (!parsed.ok) counts.invalid++;
    else if (!fromUs) counts.wrongSender++;
    expect(calls).toEqual([]);
    expect(reply).toBeUndefined();
  } else {
    counts.acted++;
    expect(calls).toHaveLength(1);
  }
  assertPrototypesClean();
}

afterAll(() => process.stdout.write(`[fuzz] content script handler: ${JSON.stringify(counts)}\n`));

describe('content script handler under fuzz', () => {
  test(`${RUNS} random messages`, async () => {
    await fc.assert(fc.asyncProperty(randomMessage, anySender, deliver), { numRuns: RUNS });
  });
  test(`${RUNS} near-valid messages`, async () => {
    await fc.assert(fc.asyncProperty(nearValidMessage, anySender, deliver), { numRuns: RUNS });
  });
  test('valid messages from anyone but our extension do nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID_MESSAGES), foreignSender, async (raw, sender) => {
        await deliver(raw, sender);
        expect(calls).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });
  test('no sender at all is ignored', async () => {
    expect(handler({ type: 'context/request' }, undefined)).toBeUndefined();
  });
});
