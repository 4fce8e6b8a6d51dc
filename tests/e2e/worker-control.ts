import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Stops the extension's service worker the way Chrome does when it idles (TOOLCHAIN.md): through
 * CDP ServiceWorker.stopWorker on its version, then waits until it reports "stopped".
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp: CDPSession = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
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
  const running = () => [...versions.values()].find((version) => version.runningStatus === 'running');
  await until(() => running() !== undefined, 'a running extension worker');
  const version = running() as Version;
  await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
  await until(() => versions.get(version.versionId)?.runningStatus === 'stopped', 'the worker to stop');
  await cdp.send('ServiceWorker.disable');
  await cdp.detach();
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
