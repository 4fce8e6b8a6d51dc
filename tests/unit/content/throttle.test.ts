import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { throttle } from '../../../src/content/throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttle', () => {
  test('a storm of calls runs the task a few times a second and once after the last call', () => {
    const task = vi.fn();
    const schedule = throttle(task, 300, () => Date.now());
    for (let ms = 0; ms < 2000; ms += 2) {
      schedule();
      vi.advanceTimersByTime(2);
    }
    vi.advanceTimersByTime(400);
    expect(task.mock.calls.length).toBeGreaterThanOrEqual(6);
    expect(task.mock.calls.length).toBeLessThanOrEqual(8);
  });

  test('a single call runs once, promptly', () => {
    const task = vi.fn();
    throttle(task, 300, () => Date.now())();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  test('cancel drops the pending run', () => {
    const task = vi.fn();
    const schedule = throttle(task, 300, () => Date.now());
    schedule();
    schedule.cancel();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});
