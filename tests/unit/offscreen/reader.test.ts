import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { ORIGIN, RUNTIME_ID } from '../fuzz/fake-browser';
import { MIRROR_IDLE_MS } from '../../../src/context/snapshot/idle-watch';
import type { MessageOf } from '../../../src/messaging/schema';

const background = { id: RUNTIME_ID, url: `${ORIGIN}_generated_background_page.html` };
const read = (seq: number): MessageOf<'snapshot/read'> => ({
  type: 'snapshot/read',
  url: 'https://ehr.example.org/chart',
  tab: 4,
  frame: 0,
  part: seq === 1 ? { doc: 'd1', gen: 1, seq, round: 0, whole: { contentType: 'text/html', truncated: false, root: [1, [1, 'html', 0, 0]] } } : { doc: 'd1', gen: 1, seq, round: 0 },
});
/** What the fresh modules see. */
let fake: { messageListeners: Set<(...args: unknown[]) => unknown>; effects: unknown[][] };
const deliver = (message: unknown) => Promise.all([...fake.messageListeners].map((listener) => listener(message, background, () => undefined)));
const idleNotices = () => fake.effects.filter(([name, message]) => name === 'runtime.sendMessage' && (message as { type: string }).type === 'snapshot/idle').length;

beforeEach(async () => {
  vi.resetModules();
  const sent: unknown[][] = [];
  const listeners = new Set<(...args: unknown[]) => unknown>();
  const polyfill = (await import('webextension-polyfill')).default;
  vi.spyOn(polyfill.runtime, 'sendMessage').mockImplementation(async (message: unknown) => void sent.push(['runtime.sendMessage', message]));
  vi.spyOn(polyfill.runtime.onMessage, 'addListener').mockImplementation((listener) => void listeners.add(listener as never));
  fake = { messageListeners: listeners, effects: sent };
  vi.useFakeTimers();
  vi.stubGlobal('chrome', { runtime: { id: RUNTIME_ID, getURL: (path: string) => ORIGIN + path } });
  await import('../../../src/offscreen/index');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the offscreen document keeps its own idle time', () => {
  test('keeps its mirrors between reads far apart, and asks to be closed once none came for the idle time', async () => {
    const [first] = await deliver(read(1));
    expect(first).toEqual({ context: null, settled: true });
    await vi.advanceTimersByTimeAsync(MIRROR_IDLE_MS - 1_000);
    // Read by its changes alone: the mirror was kept.
    expect(await deliver(read(2))).toEqual([{ context: null, settled: true }]);
    await vi.advanceTimersByTimeAsync(MIRROR_IDLE_MS - 1);
    expect(idleNotices()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(idleNotices()).toBe(1);
  });

  test('does not ask while a read is in flight, nor for a drop', async () => {
    await deliver(read(1));
    await vi.advanceTimersByTimeAsync(MIRROR_IDLE_MS - 1);
    await deliver({ type: 'snapshot/drop', tab: 9 });
    await vi.advanceTimersByTimeAsync(1);
    expect(idleNotices()).toBe(1);
  });
});
