import { signal } from '@preact/signals';

/** "Now" for the panel: ticks so that a callback turns overdue on screen without a reload. */
export function createClock(now: () => number, tickMs = 30_000) {
  const current = signal(now());
  const timer = setInterval(() => (current.value = now()), tickMs);
  return { now: current, refresh: () => (current.value = now()), dispose: () => clearInterval(timer) };
}

export type Clock = ReturnType<typeof createClock>;
