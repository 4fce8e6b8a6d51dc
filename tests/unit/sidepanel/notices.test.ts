import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createNotices, INFO_NOTICE_MS, UNDO_NOTICE_MS } from '../../../src/sidepanel/models/notices';

describe('notices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a confirmation leaves by itself, so it does not keep covering the panel', () => {
    const notices = createNotices();
    notices.show({ text: 'Saved for Jane.', tone: 'info' });
    vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    expect(notices.current.value?.text).toBe('Saved for Jane.');
    vi.advanceTimersByTime(1);
    expect(notices.current.value).toBeNull();
  });

  test('an Undo stays longer, and an error stays until dismissed', () => {
    const notices = createNotices();
    notices.show({ text: 'Dismissed.', tone: 'info', undo: async () => undefined });
    vi.advanceTimersByTime(INFO_NOTICE_MS);
    expect(notices.current.value?.text).toBe('Dismissed.');
    vi.advanceTimersByTime(UNDO_NOTICE_MS - INFO_NOTICE_MS);
    expect(notices.current.value).toBeNull();

    notices.show({ text: 'Could not save.', tone: 'error' });
    vi.advanceTimersByTime(10 * UNDO_NOTICE_MS);
    expect(notices.current.value?.text).toBe('Could not save.');
  });

  test('a newer notice is not cleared by the timer of the one it replaced', () => {
    const notices = createNotices();
    notices.show({ text: 'First.', tone: 'info' });
    vi.advanceTimersByTime(INFO_NOTICE_MS - 10);
    notices.show({ text: 'Could not save.', tone: 'error' });
    vi.advanceTimersByTime(INFO_NOTICE_MS);
    expect(notices.current.value?.text).toBe('Could not save.');
  });
});
