// CPU time of Chromium renderers' main threads, read from /proc (Linux): what a read costs the page's own thread,
// without the time it waited for a core on a loaded machine.
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** The process ids of this Node process's Chromium renderers (a renderer's main thread's id is its process's). */
export function rendererMains() {
  const parent = (pid) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  const ours = (pid) => {
    for (let p = pid, i = 0; p > 1 && i < 10; p = parent(p), i++) if (p === process.pid) return true;
    return false;
  };
  const pids = execSync("pgrep -f 'type=renderer'").toString().trim().split('\n').map(Number);
  return pids.filter((pid) => {
    try {
      return ours(pid);
    } catch {
      return false;
    }
  });
}

const TICK_MS = 1000 / Number(execSync('getconf CLK_TCK').toString());

/** utime + stime of a renderer's main thread (the 14th and 15th fields of stat; the 12th and 13th after the command's closing parenthesis). */
export const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
};

/**
 * Nanoseconds a renderer's main thread has run (the first field of its schedstat: the scheduler's own account, not
 * 10 ms ticks). Exact whenever the thread is not running as it is read: the bench reads it while the page waits on it.
 */
export const cpuNs = (pid) => Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
