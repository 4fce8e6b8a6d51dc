import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { fakeBrowser, resetWorld } from '../fuzz/fake-browser';
import { OFFSCREEN_IDLE_MS } from '../../../src/background/snapshot-read';
import type { MessageOf } from '../../../src/messaging/schema';

const message: MessageOf<'snapshot/read'> = { type: 'snapshot/read', url: 'https://ehr.example.org/chart', snapshot: { contentType: 'text/html', truncated: false, root: { tag: 'html' } } };

let open = 0;
const calls: string[] = [];
/** A fresh module each test: the background's worker starts with no document known. */
let readElsewhere: (typeof import('../../../src/background/snapshot-read'))['readElsewhere'];

beforeEach(async () => {
  vi.resetModules();
  ({ readElsewhere } = await import('../../../src/background/snapshot-read'));
  resetWorld();
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
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
    if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { context: null };
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the offscreen document that reads snapshots (Chrome)', () => {
  test('is opened on the first read, kept while reads come, and closed once none came for a while', async () => {
    expect(await readElsewhere(message)).toBeNull();
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 1_000);
    expect(await readElsewhere(message)).toBeNull();
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 1_000);
    expect(calls).toEqual(['create']);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(calls).toEqual(['create', 'close']);
    expect(open).toBe(0);
    // The next read opens it again.
    expect(await readElsewhere(message)).toBeNull();
    expect(calls).toEqual(['create', 'close', 'create']);
  });

  test('is not closed under a read in flight, and a read that comes while it closes waits for a new one', async () => {
    let release: () => void = () => undefined;
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementationOnce(() => new Promise((done) => (release = () => done({ context: null }))));
    const slow = readElsewhere(message);
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS * 2);
    expect(calls).toEqual(['create']);
    release();
    await slow;
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS);
    expect(calls).toEqual(['create', 'close']);
    // The document is still closing: this read waits for it, then opens a new one.
    const next = readElsewhere(message);
    await vi.advanceTimersByTimeAsync(100);
    expect(await next).toBeNull();
    expect(calls).toEqual(['create', 'close', 'create']);
    expect(open).toBe(1);
  });
});
