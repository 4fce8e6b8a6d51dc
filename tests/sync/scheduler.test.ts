import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSyncScheduler, SYNC_ALARM, SYNC_PERIOD_MINUTES, SYNC_RETRY_ALARM, WRITE_DEBOUNCE_MS, WRITE_MAX_WAIT_MS } from '../../src/background/sync-scheduler';
import type { RoundOutcome } from '../../src/sync/round';
import { SyncError } from '../../src/sync/errors';

/** When rounds run: after a burst of writes, on alarms, never two at once; a failure books the retry alarm. */
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function harness(outcomes: RoundOutcome[] = []) {
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  let rounds = 0;
  const asked: boolean[] = [];
  let release: (() => void) | undefined;
  let holdNext = false;
  const scheduler = createSyncScheduler({
    async round(askedByUser) {
      rounds++;
      asked.push(askedByUser);
      if (holdNext) {
        holdNext = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      return outcomes.shift() ?? { kind: 'synced', pushed: 1, pulled: 0, problems: [] };
    },
    alarms: {
      create: (name, info) => alarms.set(name, info),
      clear: (name) => alarms.delete(name),
    },
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    warn: () => {},
  });
  return {
    scheduler,
    alarms,
    rounds: () => rounds,
    asked,
    hold: () => (holdNext = true),
    release: () => release?.(),
  };
}

describe('the sync scheduler', () => {
  test('a burst of writes is one round, once the burst is over', async () => {
    const h = harness();
    for (let i = 0; i < 5; i++) {
      h.scheduler.afterWrite();
      await vi.advanceTimersByTimeAsync(WRITE_DEBOUNCE_MS - 1);
    }
    expect(h.rounds()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.rounds()).toBe(1);
  });

  test('writes that never pause (a page re-read every few seconds rewriting its client) still push, once the longest wait is over', async () => {
    const h = harness();
    const every = WRITE_DEBOUNCE_MS - 500;
    let waited = 0;
    while (waited < WRITE_MAX_WAIT_MS - every) {
      h.scheduler.afterWrite();
      await vi.advanceTimersByTimeAsync(every);
      waited += every;
    }
    expect(h.rounds()).toBe(0);
    h.scheduler.afterWrite();
    await vi.advanceTimersByTimeAsync(every);
    expect(h.rounds()).toBe(1);
    // The next burst waits its own time again, not a left-over timer.
    h.scheduler.afterWrite();
    await vi.advanceTimersByTimeAsync(WRITE_DEBOUNCE_MS - 1);
    expect(h.rounds()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.rounds()).toBe(2);
  });

  test('a round asked for while one runs is one more round afterwards, never a parallel one', async () => {
    const h = harness();
    h.hold();
    const first = h.scheduler.runNow();
    void h.scheduler.runNow();
    void h.scheduler.onAlarm(SYNC_ALARM);
    expect(h.rounds()).toBe(1);
    h.release();
    await first;
    expect(h.rounds()).toBe(2);
  });

  test('"Sync now" reaches the round as asked by the user, also when it waits behind a running round', async () => {
    const h = harness();
    await h.scheduler.runNow();
    await h.scheduler.runNow(true);
    h.hold();
    const automatic = h.scheduler.runNow();
    void h.scheduler.runNow(true);
    h.release();
    await automatic;
    expect(h.asked).toEqual([false, true, false, true]);
  });

  test('a failed round books a one-shot alarm at its retry time, which runs the next round', async () => {
    const retryAt = Date.UTC(2026, 2, 2, 14, 0, 30);
    const h = harness([{ kind: 'failed', error: new SyncError('offline', 'offline'), retryAt }]);
    await h.scheduler.runNow();
    expect(h.alarms.get(SYNC_RETRY_ALARM)).toEqual({ when: retryAt });
    await h.scheduler.onAlarm(SYNC_RETRY_ALARM);
    expect(h.rounds()).toBe(2);
    expect(h.scheduler.onAlarm('badge')).toBeUndefined();
  });

  test('turning sync on keeps a periodic alarm (which wakes a stopped worker) and runs; off clears both alarms', async () => {
    const h = harness([{ kind: 'failed', error: new SyncError('offline', 'offline'), retryAt: 1 }]);
    await h.scheduler.follow(true);
    expect(h.alarms.get(SYNC_ALARM)).toEqual({ periodInMinutes: SYNC_PERIOD_MINUTES });
    expect(h.rounds()).toBe(1);
    await h.scheduler.follow(false);
    expect([...h.alarms.keys()]).toEqual([]);
  });
});
