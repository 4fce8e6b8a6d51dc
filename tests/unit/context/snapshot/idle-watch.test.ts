import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IdleWatch } from '../../../../src/context/snapshot/idle-watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the idle time of a page that keeps mirrors', () => {
  test('runs from the end of the last read, and says so again after as long', async () => {
    const told: number[] = [];
    const watch = new IdleWatch(1_000, () => told.push(Date.now()));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(told).toEqual([]);
    const start = Date.now();
    await watch.during(async () => vi.advanceTimersByTimeAsync(500));
    await vi.advanceTimersByTimeAsync(999);
    expect(told).toEqual([]);
    await watch.during(async () => undefined);
    await vi.advanceTimersByTimeAsync(999);
    expect(told).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(told).toEqual([start + 2_499]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(told).toHaveLength(2);
  });

  test('never while a read is in flight, however long it takes, nor when a read failed', async () => {
    const told: string[] = [];
    const watch = new IdleWatch(1_000, () => told.push('idle'));
    let release: () => void = () => undefined;
    const slow = watch.during(() => new Promise<void>((done) => (release = done)));
    await expect(watch.during(async () => Promise.reject(new Error('bad message')))).rejects.toThrow('bad message');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(told).toEqual([]);
    release();
    await slow;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(told).toEqual(['idle']);
  });
});
