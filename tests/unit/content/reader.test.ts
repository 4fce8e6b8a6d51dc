import { afterEach, describe, expect, test, vi } from 'vitest';
import { FRAME_WAIT_MS, startReader, type ExtractContext, type ReaderDeps } from '../../../src/content/reader';
import { extractClientContext } from '../../../src/context/extract';
import type { ClientContext } from '../../../src/context/types';

/** A member page the generic reader knows how to read (label/value pairs in a banner). */
function showMember(name: string, id: string) {
  document.body.replaceChildren();
  const header = document.createElement('header');
  header.setAttribute('role', 'banner');
  const list = document.createElement('dl');
  const pairs: [string, string][] = [
    ['Member name', name],
    ['Member ID', id],
    ['Date of Birth', '01/05/1950'],
  ];
  for (const [label, value] of pairs) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  header.append(list);
  document.body.append(header);
}

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));
/** Reads are time-sliced: on a busy machine they take longer, so wait for the outcome, not a fixed time. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 10 });
const extract: ExtractContext = (doc, url, options) => extractClientContext(doc, url, options);
let stopReader: (() => void) | undefined;
afterEach(() => {
  stopReader?.();
  vi.useRealTimers();
});

function reader(overrides: Partial<ReaderDeps> = {}) {
  const reports: (ClientContext | null)[] = [];
  const r = startReader({ doc: document, win: window, extract, isAlive: () => true, report: async (context) => void reports.push(context), ...overrides });
  stopReader = r.stop;
  return { ...r, reports };
}

describe('content reader', () => {
  test('reports at start and after every change, the same client or another (the background compares)', async () => {
    showMember('Jane Doe', 'M-1001');
    const { reports } = reader();
    await eventually(() => expect(reports.map((r) => r?.name)).toEqual(['Jane Doe']));
    const note = document.createElement('p');
    note.textContent = 'unrelated';
    document.body.append(note);
    await eventually(() => expect(reports.map((r) => r?.name)).toEqual(['Jane Doe', 'Jane Doe']));
    showMember('Robert Smith', 'M-2002');
    await eventually(() => expect(reports.map((r) => r?.name)).toEqual(['Jane Doe', 'Jane Doe', 'Robert Smith']));
  });

  test('a reader whose extension is gone stops itself instead of throwing', async () => {
    showMember('Jane Doe', 'M-1001');
    let alive = true;
    const report = vi.fn(async () => {
      if (!alive) throw new Error('Extension context invalidated.');
    });
    const onStopped = vi.fn();
    startReader({ doc: document, win: window, extract, isAlive: () => alive, report, onStopped });
    await eventually(() => expect(report).toHaveBeenCalledTimes(1));
    alive = false;
    showMember('Robert Smith', 'M-2002');
    await eventually(() => expect(onStopped).toHaveBeenCalledTimes(1));
    expect(report).toHaveBeenCalledTimes(1);
  });

  test('readNow reports even when nothing changed (the background asked again)', async () => {
    showMember('Jane Doe', 'M-1001');
    const report = vi.fn(async () => undefined);
    const r = reader({ report });
    await eventually(() => expect(report).toHaveBeenCalledTimes(1));
    r.readNow();
    await eventually(() => expect(report).toHaveBeenCalledTimes(2));
  });

  test('tells a read that answers readNow from one the reader made on its own (only the first may stay silent)', async () => {
    showMember('Jane Doe', 'M-1001');
    const report = vi.fn(async (_context: ClientContext | null, _url: string, _asked: boolean) => undefined);
    const r = reader({ report });
    await eventually(() => expect(report).toHaveBeenCalledTimes(1));
    document.dispatchEvent(new Event('visibilitychange'));
    await eventually(() => expect(report).toHaveBeenCalledTimes(2));
    expect(report.mock.calls[1]?.[2]).toBe(false);
    r.readNow();
    await eventually(() => expect(report).toHaveBeenCalledTimes(3));
    expect(report.mock.calls[2]?.[2]).toBe(true);
  });

  test('a readNow that comes while a read runs is answered by the next read, which says it was asked', async () => {
    showMember('Jane Doe', 'M-1001');
    let release = () => {};
    let calls = 0;
    const report = vi.fn(async (_context: ClientContext | null, _url: string, _asked: boolean) => undefined);
    const r = reader({
      report,
      extract: async (doc, url, options) => {
        if (++calls === 2) await new Promise<void>((done) => (release = done));
        return extractClientContext(doc, url, options);
      },
    });
    await eventually(() => expect(report).toHaveBeenCalledTimes(1));
    document.dispatchEvent(new Event('visibilitychange'));
    await eventually(() => expect(calls).toBe(2));
    r.readNow();
    release();
    await eventually(() => expect(report).toHaveBeenCalledTimes(3));
    expect(report.mock.calls.map((call) => call[2])).toEqual([false, false, true]);
  });

  test.each(['visibilitychange', 'animationend', 'transitionend'])('re-reads after %s, when a page switches client without a mutation', async (type) => {
    showMember('Jane Doe', 'M-1001');
    const seen: string[] = [];
    const { reports } = reader({ extract: async (doc, url, options) => {
      seen.push(type);
      return extract(doc, url, options);
    } });
    await eventually(() => expect(reports).toHaveLength(1));
    const before = seen.length;
    document.dispatchEvent(new Event(type));
    await eventually(() => expect(seen.length).toBe(before + 1));
    await settle();
    expect(seen.length).toBe(before + 1);
    expect(reports).toHaveLength(2);
  });

  test('re-reads on window focus', async () => {
    showMember('Jane Doe', 'M-1001');
    const calls = vi.fn(extract);
    const { reports } = reader({ extract: calls });
    await eventually(() => expect(reports).toHaveLength(1));
    window.dispatchEvent(new Event('focus'));
    await eventually(() => expect(calls).toHaveBeenCalledTimes(2));
  });

  test("a read a change calls for runs after the page's next frame (its style and layout the page's own), or after FRAME_WAIT_MS without one", async () => {
    showMember('Jane Doe', 'M-1001');
    const calls = vi.fn(extract);
    reader({ extract: calls });
    await eventually(() => expect(calls).toHaveBeenCalledTimes(1));
    await settle();
    const frames: FrameRequestCallback[] = [];
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      document.body.append(document.createElement('p'));
      await settle(FRAME_WAIT_MS / 2);
      expect(calls).toHaveBeenCalledTimes(1);
      expect(frames).toHaveLength(1);
      frames[0]?.(0);
      // Within the frame wait: the frame, not the timer, let it run.
      await settle(FRAME_WAIT_MS / 5);
      expect(calls).toHaveBeenCalledTimes(2);
      await settle();
      // A frame that renders nothing (hidden, throttled) still reads.
      document.body.append(document.createElement('p'));
      await settle(FRAME_WAIT_MS / 2);
      expect(calls).toHaveBeenCalledTimes(2);
      await eventually(() => expect(calls).toHaveBeenCalledTimes(3));
    } finally {
      frame.mockRestore();
    }
  });

  test('while a panel watches the tab, a slow timer reads again', async () => {
    showMember('Jane Doe', 'M-1001');
    vi.useFakeTimers();
    const calls = vi.fn(extract);
    const r = reader({ extract: calls });
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveBeenCalledTimes(1);
    r.watch();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(calls).toHaveBeenCalledTimes(3);
  });

  test('a read the page changed under (between slices) is thrown away and done again', async () => {
    showMember('Jane Doe', 'M-1001');
    let first = true;
    const { reports } = reader({
      extract: async (doc, url, options) => {
        if (first) {
          first = false;
          // Mid-read, between two slices, the page moves on to another client.
          const stale = await extractClientContext(doc, url, options);
          options.onSlice?.(1);
          showMember('Robert Smith', 'M-2002');
          await settle(0);
          options.onSlice?.(1);
          return stale;
        }
        return extract(doc, url, options);
      },
    });
    await eventually(() => expect(reports.map((r) => r?.name)).toContain('Robert Smith'));
    // The reading that mixed two pages was never reported.
    expect(reports.map((r) => r?.name)).not.toContain('Jane Doe');
  });

  test('one read at a time: requests during a read are folded into one more read', async () => {
    showMember('Jane Doe', 'M-1001');
    let running = 0;
    let most = 0;
    const calls = vi.fn(async (doc: Document, url: string, options: Parameters<ExtractContext>[2]) => {
      running++;
      most = Math.max(most, running);
      await settle(30);
      running--;
      return extract(doc, url, options);
    });
    const r = reader({ extract: calls });
    r.readNow();
    r.readNow();
    r.readNow();
    await eventually(() => expect(calls).toHaveBeenCalledTimes(2));
    await settle(100);
    expect(most).toBe(1);
    expect(calls).toHaveBeenCalledTimes(2);
  });
});
