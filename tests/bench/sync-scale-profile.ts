import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * With SYNC_SCALE_PROFILE=<dir>, each timed round runs under V8's CPU profiler and leaves
 * <dir>/<label>.cpuprofile (open it in Chrome's DevTools): a profile of the whole process would be
 * mostly the untimed seeding. Profiling slows the round it watches, so figures of such a run are not the bench's.
 */
export async function profiled<T>(label: string, run: () => Promise<T>): Promise<T> {
  const dir = process.env.SYNC_SCALE_PROFILE;
  if (!dir) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}
