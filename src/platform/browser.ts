import type Browser from 'webextension-polyfill';

/**
 * The extension API for extension pages (panel, options), without webextension-polyfill: Firefox's
 * `browser` and Chrome's `chrome` (116+, manifest V3) both return promises from every call the
 * pages make, and pages never answer a message (page-transport.ts `listenOnPage`), the one thing
 * Chrome's own API does not do with a promise. Keeps the polyfill's 4 KB gzip out of the panel's
 * first paint; the background and content scripts, which answer messages, keep the polyfill.
 */
const scope = globalThis as unknown as { browser?: Browser.Browser; chrome: Browser.Browser };
const native = scope.browser ?? scope.chrome;

export default native;
