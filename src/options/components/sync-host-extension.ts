import browser from 'webextension-polyfill';
import { createTransport } from '../../sync/transport';
import { launchSignInWindow, signInRedirectUrl } from '../../sync/web-auth';
import type { SyncHost } from './sync-model';
import { sendFromPage } from '../../messaging/page-transport';

export function extensionSyncHost(): SyncHost {
  return {
    // The polyfill's types predate `identity` as an optional permission; the browsers accept it.
    requestAccess: (origin) => browser.permissions.request({ origins: [origin], permissions: ['identity' as never] }),
    removeAccess: (origin) => browser.permissions.remove({ origins: [origin] }),
    allowLoopbackHttp: __SYNC_LOOPBACK__,
    transport: (fhirBase) => createTransport({ fhirBase, allowLoopbackHttp: __SYNC_LOOPBACK__ }),
    redirectUrl: signInRedirectUrl,
    signInWindow: launchSignInWindow,
    smart: {
      random: (bytes) => crypto.getRandomValues(new Uint8Array(bytes)),
      sha256: async (data) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource)),
      now: () => Date.now(),
    },
    now: () => Date.now(),
    syncStatus: (run) => sendFromPage({ type: 'sync/status', run }),
    every(ms, tick) {
      const timer = setInterval(tick, ms);
      return () => clearInterval(timer);
    },
  };
}
