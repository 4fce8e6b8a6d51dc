/**
 * Runs `task` at most once per `intervalMs`, always once more after the last call, so a storm of
 * DOM mutations costs a few reads a second and the final state is still read.
 */
export function throttle(task: () => void, intervalMs: number, clock: () => number = () => performance.now()) {
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    lastRun = clock();
    task();
  };
  const schedule = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRun + intervalMs - clock());
    timer = setTimeout(run, wait);
  };
  schedule.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return schedule;
}
