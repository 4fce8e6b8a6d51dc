import { describe, expect, test, vi } from 'vitest';
import { applyIdleInterval, idleSeconds, listenForIdle, type IdleApi } from '../../../src/background/idle-lock';

function fakeIdle() {
  const listeners: ((state: string) => void)[] = [];
  const intervals: number[] = [];
  const api: IdleApi = {
    setDetectionInterval: (seconds) => void intervals.push(seconds),
    onStateChanged: { addListener: (listener) => void listeners.push(listener) },
  };
  return { api, intervals, fire: (state: string) => listeners.forEach((listener) => listener(state)) };
}

describe('the idle lock', () => {
  test('locks when the machine goes idle or its screen locks, not when it becomes active', async () => {
    const idle = fakeIdle();
    const lock = vi.fn(async () => {});
    const onState = listenForIdle(idle.api, lock);
    idle.fire('active');
    await Promise.resolve();
    expect(lock).not.toHaveBeenCalled();
    idle.fire('idle');
    idle.fire('locked');
    await Promise.resolve();
    expect(lock).toHaveBeenCalledTimes(2);
    await onState('locked');
    expect(lock).toHaveBeenCalledTimes(3);
  });

  test('a failing lock is reported, not thrown into the browser event', async () => {
    const idle = fakeIdle();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    listenForIdle(idle.api, async () => {
      throw new Error('no database');
    });
    expect(() => idle.fire('idle')).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  test('the detection interval follows the setting, never under the 15 s chrome.idle accepts', async () => {
    expect(idleSeconds({ lockAfterMinutes: 1 })).toBe(60);
    expect(idleSeconds({ lockAfterMinutes: 240 })).toBe(14_400);
    expect(idleSeconds({ lockAfterMinutes: 0.1 })).toBe(15);
    const idle = fakeIdle();
    await applyIdleInterval(idle.api, async () => ({ lockAfterMinutes: 30 }));
    expect(idle.intervals).toEqual([1800]);
  });
});
