import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/**
 * "Never leak it": watches every request made while an e2e browser runs and keeps the ones an
 * extension context made to anything but the extension's own files (or data:/blob:).
 *
 * - Extension pages (panel, options) and the service worker: Playwright's `context.on('request')`
 *   sees them (Chromium reports service-worker requests; `request.serviceWorker()` names the worker).
 * - Content scripts run inside web pages, so their requests look like the page's own. Each page gets
 *   a CDP session with `Network.requestWillBeSent`, whose `initiator` carries the JS stack: a request
 *   with a `chrome-extension://` frame anywhere in that stack was made by extension code.
 * Requests the demo pages make for themselves (127.0.0.1) have no extension frame and are allowed.
 *
 * With team sync off nothing else is allowed. A test that connects sync names the one FHIR origin
 * it configured (`allowOrigin`): requests there pass, every other origin still fails the test.
 *
 * Not seen: pages Playwright does not list (the real side panel opened by `sidePanel.open`) and
 * out-of-process iframes inside web pages (their content scripts). The panel page opened as a tab,
 * which is the same code, is seen.
 */
export interface Violation {
  url: string;
  /** "service-worker", "extension-page" or "content-script" */
  from: string;
  /** The worker or page URL, or the extension script on the initiator stack. */
  by: string;
}

export interface NetworkGuard {
  violations: () => Violation[];
  /** Returns the violations seen so far and forgets them (for the test that plants one). */
  take: () => Violation[];
  /** Requests extension contexts made in all (own files included), by context, and how many pages were watched. */
  stats: () => { extensionRequests: number; byContext: Record<string, number>; pagesWatched: number };
  /** The configured team-sync FHIR origin (e.g. http://127.0.0.1:4321): requests to it are allowed. */
  allowOrigin: (origin: string) => void;
  /** Requests made to allowed origins, which a sync test can check went nowhere else. */
  allowed: () => Violation[];
  /** Throws when any extension context reached for the network. */
  assertClean: () => void;
}

/**
 * Its own files, in-memory data, and the team-sync origin the test configured (none by default); a
 * chrome-extension:// URL of another extension is not its own.
 */
export function isAllowedUrl(url: string, extensionId: string, allowedOrigins: readonly string[] = []): boolean {
  if (url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  const origin = URL.canParse(url) ? new URL(url).origin : undefined;
  return origin !== undefined && origin !== 'null' && allowedOrigins.includes(origin);
}

interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
  parentId?: unknown;
}
interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}

/** The first chrome-extension:// script on the initiator's stack (or its own URL), if any. */
export function extensionScriptOf(initiator: Initiator | undefined): string | undefined {
  if (!initiator) return undefined;
  if (initiator.url?.startsWith('chrome-extension://')) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((call) => call.url.startsWith('chrome-extension://'));
    if (frame) return frame.url;
  }
  return undefined;
}

/**
 * Start it before the extension's first worker is awaited, so nothing it does at start-up is missed;
 * `extensionId()` is asked only when violations are read.
 */
export function guardNetwork(context: BrowserContext, extensionId: () => string): NetworkGuard {
  let seen: Violation[] = [];
  const allowedOrigins: string[] = [];
  const leaving = () => seen.filter((v) => !isAllowedUrl(v.url, extensionId(), allowedOrigins));
  let extensionRequests = 0;
  const byContext: Record<string, number> = {};
  const count = (from: string) => {
    extensionRequests++;
    byContext[from] = (byContext[from] ?? 0) + 1;
  };
  let pagesWatched = 0;

  const sourceOf = (request: Request): { from: string; by: string } | undefined => {
    const worker = request.serviceWorker();
    if (worker) return worker.url().startsWith('chrome-extension://') ? { from: 'service-worker', by: worker.url() } : undefined;
    let frameUrl = '';
    let pageUrl = '';
    try {
      frameUrl = request.frame().url();
      pageUrl = request.frame().page().url();
    } catch {
      return undefined;
    }
    if (frameUrl.startsWith('chrome-extension://')) return { from: 'extension-page', by: frameUrl };
    if (pageUrl.startsWith('chrome-extension://')) return { from: 'extension-page', by: pageUrl };
    return undefined;
  };

  context.on('request', (request) => {
    const source = sourceOf(request);
    if (!source) return;
    count(source.from);
    if (!request.url().startsWith('chrome-extension://')) seen.push({ url: request.url(), ...source });
  });

  const watchPage = async (page: Page) => {
    let session: CDPSession;
    try {
      session = await context.newCDPSession(page);
      session.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator?: Initiator; documentURL?: string }) => {
        const script = extensionScriptOf(event.initiator);
        if (!script) return;
        // Extension pages are counted by the request listener above; here only web pages matter.
        if (event.documentURL?.startsWith('chrome-extension://')) return;
        count('content-script');
        if (!event.request.url.startsWith('chrome-extension://')) {
          seen.push({ url: event.request.url, from: 'content-script', by: script });
        }
      });
      await session.send('Network.enable');
      pagesWatched++;
    } catch {
      // The page closed before the session attached: nothing it did can be attributed any more.
    }
  };
  context.pages().forEach((page) => void watchPage(page));
  context.on('page', (page) => void watchPage(page));

  return {
    violations: leaving,
    take: () => {
      const taken = leaving();
      seen = [];
      return taken;
    },
    allowOrigin: (origin) => {
      allowedOrigins.push(new URL(origin).origin);
    },
    allowed: () => seen.filter((v) => !v.url.startsWith('chrome-extension://') && isAllowedUrl(v.url, extensionId(), allowedOrigins)),
    stats: () => ({ extensionRequests, byContext: { ...byContext }, pagesWatched }),
    assertClean: () => {
      const found = leaving();
      if (found.length === 0) return;
      const lines = found.map((v) => `  ${v.from} ${v.by} → ${v.url}`);
      throw new Error(`The extension reached for the network:\n${lines.join('\n')}`);
    },
  };
}
