import { afterEach, describe, expect, test, vi } from 'vitest';
import { startReader } from '../../../src/content/reader';
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

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
let stopReader: (() => void) | undefined;
afterEach(() => stopReader?.());

describe('content reader', () => {
  test('reports at start, again when the client changes, and not for unrelated DOM changes', async () => {
    showMember('Jane Doe', 'M-1001');
    const reports: (ClientContext | null)[] = [];
    const reader = startReader({
      doc: document,
      win: window,
      isAlive: () => true,
      report: async (context) => void reports.push(context),
    });
    stopReader = reader.stop;
    expect(reports.map((r) => r?.name)).toEqual(['Jane Doe']);

    const note = document.createElement('p');
    note.textContent = 'unrelated';
    document.body.append(note);
    await settle();
    expect(reports).toHaveLength(1);

    showMember('Robert Smith', 'M-2002');
    await settle();
    expect(reports.map((r) => r?.name)).toEqual(['Jane Doe', 'Robert Smith']);
  });

  test('a reader whose extension is gone stops itself instead of throwing', async () => {
    showMember('Jane Doe', 'M-1001');
    let alive = true;
    const report = vi.fn(async () => {
      if (!alive) throw new Error('Extension context invalidated.');
    });
    const onStopped = vi.fn();
    startReader({ doc: document, win: window, isAlive: () => alive, report, onStopped });
    alive = false;
    showMember('Robert Smith', 'M-2002');
    await settle();
    expect(onStopped).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledTimes(1);
  });

  test('readNow reports even when nothing changed (the background asked again)', async () => {
    showMember('Jane Doe', 'M-1001');
    const report = vi.fn(async () => undefined);
    const reader = startReader({ doc: document, win: window, isAlive: () => true, report });
    stopReader = reader.stop;
    reader.readNow();
    expect(report).toHaveBeenCalledTimes(2);
  });
});

describe('content reader on a busy machine', () => {
  test('a read that ran out of time is tried again shortly, and then finds the client', async () => {
    showMember('Jane Doe', 'M-1001');
    let now = 0;
    let slow = true;
    // The first extraction "takes" 60 ms (past the 50 ms budget): the reader's clock says so.
    const clock = () => {
      const value = now;
      if (slow) now += 60;
      return value;
    };
    const reports: (ClientContext | null)[] = [];
    const reader = startReader({
      doc: document,
      win: window,
      clock,
      isAlive: () => true,
      report: async (context) => void reports.push(context),
    });
    stopReader = reader.stop;
    expect(reports).toEqual([null]);
    slow = false;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reports.at(-1)?.name).toBe('Jane Doe');
  });
});
