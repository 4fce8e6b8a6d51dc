import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { guardNetwork, type NetworkGuard } from './network-guard';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
  /** Opens the panel page as an ordinary tab bound to `tabId` (the DESIGN.md test seam). */
  openPanel: (tabId: number) => Promise<Page>;
  /** Opens a tab through the extension's own tabs API, which tells its id even without host access. */
  openTab: (url: string) => Promise<{ page: Page; tabId: number }>;
  badgeText: () => Promise<string>;
  /** Loads the unpacked build again, as an update does (needs remoteDebuggingPort). */
  reloadExtension: () => Promise<void>;
  remoteDebuggingPort?: number;
  /** Every request an extension context makes (network-guard.ts); `close()` fails on any that leaves. */
  network: NetworkGuard;
}

/**
 * A loopback port nobody listens on now: several worktrees (and CI) may run browsers at once, so a
 * fixed debugging port would let one test drive another test's browser.
 */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Launches Debian's Chromium with an unpacked build loaded (TOOLCHAIN.md recipe). */
export async function launchWithExtension(
  dist = 'dist/chrome-demo',
  options: {
    remoteDebuggingPort?: number;
    timeZone?: string;
    /** A user-data-dir that outlives this browser (the caller removes it): a relaunch is a restart. */
    profileDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionPath = resolve(dist);
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'rapport-e2e-')));
  const args = [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Lets CDP Extensions.triggerAction click the toolbar button.
    '--enable-unsafe-extension-debugging',
  ];
  if (options.remoteDebuggingPort) args.push(`--remote-debugging-port=${options.remoteDebuggingPort}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    env: options.timeZone ? { ...process.env, TZ: options.timeZone } : process.env,
    viewport: { width: 1200, height: 800 },
  });
  // A missing element should fail a test in seconds, not at Playwright's 30 s default.
  context.setDefaultTimeout(8_000);
  let extensionId = '';
  const network = guardNetwork(context, () => extensionId);
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(firstWorker.url()).host;

  /** After a stop the worker object is replaced: always ask for the live one. */
  const worker = async () => {
    const live = context
      .serviceWorkers()
      .filter((sw) => sw.url().startsWith(`chrome-extension://${extensionId}/`))
      .at(-1);
    return live ?? context.waitForEvent('serviceworker');
  };

  return {
    context,
    extensionId,
    worker,
    remoteDebuggingPort: options.remoteDebuggingPort,
    network,
    close: async () => {
      await context.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
      const { extensionRequests, byContext, pagesWatched } = network.stats();
      console.info(
        `[network-guard] ${dist}: ${extensionRequests} extension requests ${JSON.stringify(byContext)}, ` +
          `${network.violations().length} left the extension, ${pagesWatched} pages watched`,
      );
      network.assertClean();
    },
    openPanel: async (tabId) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tabId=${tabId}`);
      return page;
    },
    openTab: async (url) => {
      const opened = context.waitForEvent('page');
      const tabId = await (await worker()).evaluate(async (target) => (await chrome.tabs.create({ url: target })).id!, url);
      const page = await opened;
      await page.waitForLoadState();
      return { page, tabId };
    },
    reloadExtension: async () => {
      if (!options.remoteDebuggingPort) throw new Error('reloadExtension needs remoteDebuggingPort');
      const before = context.serviceWorkers();
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${options.remoteDebuggingPort}`);
      const session = await cdp.newBrowserCDPSession();
      await session.send('Extensions.loadUnpacked' as never, { path: extensionPath } as never);
      await cdp.close();
      const deadline = Date.now() + 10_000;
      while (!context.serviceWorkers().some((sw) => !before.includes(sw)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    badgeText: async () => (await worker()).evaluate(() => chrome.action.getBadgeText({})),
  };
}
