import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { MIRROR_IDLE_MS } from '../../../src/context/snapshot/idle-watch';
import type { MessageOf } from '../../../src/messaging/schema';

const message: MessageOf<'snapshot/read'> = { type: 'snapshot/read', url: 'https://ehr.example.org/chart', part: { doc: 'd1', gen: 1, seq: 1, round: 0, whole: { contentType: 'text/html', truncated: false, root: [1, [1, 'html', 0, 0]] } } };

let open = 0;
const calls: string[] = [];
/** A fresh module each test: the background's worker starts with no document known. */
let readElsewhere: (typeof import('../../../src/background/snapshot-read'))['readElsewhere'];
let closeReader: (typeof import('../../../src/background/snapshot-read'))['closeReader'];

/** The polyfill the fresh module sees. */
let runtime: { sendMessage: (message: unknown) => Promise<unknown> };

beforeEach(async () => {
  vi.resetModules();
  ({ readElsewhere, closeReader } = await import('../../../src/background/snapshot-read'));
  ({ runtime } = (await import('webextension-polyfill')).default as unknown as { runtime: typeof runtime });
  vi.useFakeTimers();
  open = 0;
  calls.length = 0;
  vi.stubGlobal('chrome', {
    offscreen: {
      createDocument: async () => {
        calls.push('create');
        if (open) throw new Error('Only a single offscreen document may be created.');
        open = 1;
      },
      // Closing takes a while: a read may come meanwhile.
      closeDocument: () =>
        new Promise<void>((done) => {
          calls.push('close');
          setTimeout(() => ((open = 0), done()), 100);
        }),
    },
  });
  vi.spyOn(runtime, 'sendMessage').mockImplementation(async () => {
    if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { context: null };
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the offscreen document that keeps the mirrors (Chrome)', () => {
  test('is opened on the first read and kept however long no read comes: the worker keeps no timer for it', async () => {
    expect(await readElsewhere(message, 4, 0)).toEqual({ context: null });
    await vi.advanceTimersByTimeAsync(MIRROR_IDLE_MS * 3);
    expect(vi.getTimerCount()).toBe(0);
    expect(await readElsewhere(message, 4, 0)).toEqual({ context: null });
    expect(calls).toEqual(['create']);
  });

  test('is closed when it says it idles, and the next read opens it again', async () => {
    await readElsewhere(message, 4, 0);
    const closed = closeReader();
    await vi.advanceTimersByTimeAsync(100);
    await closed;
    expect(calls).toEqual(['create', 'close']);
    expect(open).toBe(0);
    expect(await readElsewhere(message, 4, 0)).toEqual({ context: null });
    expect(calls).toEqual(['create', 'close', 'create']);
  });

  test('a worker woken by the idle notice (it knows of no document) closes the one there', async () => {
    open = 1;
    const closed = closeReader();
    await vi.advanceTimersByTimeAsync(100);
    await closed;
    expect(calls).toEqual(['close']);
    expect(open).toBe(0);
  });

  test('is not closed under a read in flight, and a read that comes while it closes waits for a new one', async () => {
    let release: () => void = () => undefined;
    vi.mocked(runtime.sendMessage).mockImplementationOnce(() => new Promise((done) => (release = () => done({ context: null }))));
    const slow = readElsewhere(message, 4, 0);
    await vi.advanceTimersByTimeAsync(0);
    await closeReader();
    expect(calls).toEqual(['create']);
    release();
    await slow;
    const closed = closeReader();
    expect(calls).toEqual(['create']);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['create', 'close']);
    // The document is still closing: this read waits for it, then opens a new one.
    const next = readElsewhere(message, 4, 0);
    await vi.advanceTimersByTimeAsync(100);
    await closed;
    expect(await next).toEqual({ context: null });
    expect(calls).toEqual(['create', 'close', 'create']);
    expect(open).toBe(1);
  });

  test('is told which mirror: the tab and frame the background gives, never the message\'s own', async () => {
    await readElsewhere({ ...message, tab: 9, frame: 9 }, 4, 2);
    expect(vi.mocked(runtime.sendMessage).mock.calls[0]?.[0]).toMatchObject({ tab: 4, frame: 2 });
  });
});
