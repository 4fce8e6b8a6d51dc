import type { BrowserContext, CDPSession, Page } from 'playwright-core';

type Version = { versionId: string; scriptURL: string; runningStatus: string; status: string };
interface WorkerWatch {
  cdp: CDPSession;
  /** The extension's worker versions by id, as CDP last reported each. */
  versions: Map<string, Version>;
  until: (test: () => boolean, what: string) => Promise<void>;
}

/** Runs `use` with the extension's worker versions watched over CDP (ServiceWorker domain), then detaches. */
async function watchingWorker<T>(context: BrowserContext, extensionId: string, use: (watch: WorkerWatch) => Promise<T>): Promise<T> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp: CDPSession = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  const versions = new Map<string, Version>();
  const changed = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }: { versions: Version[] }) => {
    for (const version of updated) if (version.scriptURL.startsWith(prefix)) versions.set(version.versionId, version);
    changed.forEach((notify) => notify());
  });
  const until = (test: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (test()) return resolve();
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 10_000);
      const check = () => {
        if (!test()) return;
        clearTimeout(timer);
        changed.delete(check);
        resolve();
      };
      changed.add(check);
    });
  await cdp.send('ServiceWorker.enable');
  try {
    return await use({ cdp, versions, until });
  } finally {
    await cdp.send('ServiceWorker.disable');
    await cdp.detach();
  }
}

/**
 * Stops the extension's service worker the way Chrome does when it idles (TOOLCHAIN.md): through
 * CDP ServiceWorker.stopWorker on its version, then waits until it reports "stopped". Only an activated version is
 * stopped: one stopped while still installing (a freshly loaded extension's worker runs before its install ends) turns
 * redundant and takes the extension's registration with it, so no worker starts again (CI saw it: 1 run in 6 here).
 */
export function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  return watchingWorker(context, extensionId, async ({ cdp, versions, until }) => {
    const running = () => [...versions.values()].find((version) => version.runningStatus === 'running' && version.status === 'activated');
    await until(() => running() !== undefined, 'a running, activated extension worker');
    const version = running() as Version;
    await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    await until(() => versions.get(version.versionId)?.runningStatus === 'stopped', 'the worker to stop');
  });
}

/**
 * Whether the extension's worker is stopped now: CDP reports its versions (at least the installed one) a moment
 * after the domain is enabled, and none of them is starting, running or stopping. Chrome may start a worker that
 * was stopped for an event of its own at any time.
 */
export function workerStopped(context: BrowserContext, extensionId: string): Promise<boolean> {
  return watchingWorker(context, extensionId, async ({ versions, until }) => {
    await until(() => versions.size > 0, "the extension worker's versions");
    return [...versions.values()].every((version) => version.runningStatus === 'stopped');
  });
}

/**
 * Wakes the extension's stopped worker with `message` from one of its pages and answers the reply. The message is sent
 * again while nothing receives it: a worker stopped over CDP just before is, now and then, not started by the first
 * ("Could not establish connection. Receiving end does not exist"; CI saw it). Any other failure fails at once.
 */
export async function wakeServiceWorker(page: Page, message: object): Promise<unknown> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const reply = await page.evaluate((sent) => chrome.runtime.sendMessage(sent).then((answer: unknown) => ({ answer }), (error: unknown) => ({ error: String(error) })), message);
    if (!('error' in reply)) return reply.answer;
    if (!reply.error.includes('Receiving end does not exist') || Date.now() > deadline) throw new Error(`waking the worker: ${reply.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
